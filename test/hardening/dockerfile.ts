/** Just enough of a Dockerfile reader for the runtime-stage test: stages, COPY, ENV, CMD, HEALTHCHECK. */

export interface Copy {
  /** The stage copied from (`--from=`), or undefined for the build context. */
  from: string | undefined;
  sources: string[];
  destination: string;
}

export interface Stage {
  name: string | undefined;
  workdir: string;
  copies: Copy[];
  env: Record<string, string>;
  /** Exec-form CMD and HEALTHCHECK CMD, as argument lists. */
  cmd: string[] | undefined;
  healthcheck: string[] | undefined;
}

/** Instructions one per entry: continuation lines joined, comments and blank lines dropped. */
function instructions(text: string): string[] {
  return text
    .replace(/\\\r?\n/g, ' ')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

function execForm(text: string): string[] {
  const args: unknown = JSON.parse(text);
  if (!Array.isArray(args) || !args.every((arg) => typeof arg === 'string'))
    throw new Error(`not an exec-form argument list: ${text}`);
  return args;
}

export function readStages(text: string): Stage[] {
  const stages: Stage[] = [];
  for (const line of instructions(text)) {
    const [, keyword = '', rest = ''] = /^(\S+)\s*(.*)$/.exec(line) ?? [];
    const instruction = keyword.toUpperCase();
    if (instruction === 'FROM') {
      const [, name] = /\sAS\s+(\S+)$/i.exec(rest) ?? [];
      stages.push({ name, workdir: '/', copies: [], env: {}, cmd: undefined, healthcheck: undefined });
      continue;
    }
    const stage = stages.at(-1);
    if (!stage) continue; // ARG and parser directives before the first FROM
    if (instruction === 'WORKDIR') stage.workdir = rest;
    else if (instruction === 'ENV') {
      for (const [, name = '', value = ''] of rest.matchAll(/(\w+)=(\S+)/g)) stage.env[name] = value;
    } else if (instruction === 'CMD') stage.cmd = execForm(rest);
    else if (instruction === 'HEALTHCHECK') stage.healthcheck = execForm(rest.replace(/^.*?\bCMD\s+/, ''));
    else if (instruction === 'COPY') {
      const words = rest.split(/\s+/);
      const flags = words.filter((word) => word.startsWith('--'));
      const paths = words.filter((word) => !word.startsWith('--'));
      const destination = paths.pop();
      if (!destination || !paths.length) throw new Error(`COPY without a source or destination: ${line}`);
      const from = flags.find((flag) => flag.startsWith('--from='))?.slice('--from='.length);
      stage.copies.push({ from, sources: paths, destination });
    }
  }
  return stages;
}
