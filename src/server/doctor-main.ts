/** `npm run doctor`: checks the providers of the configured environment; exit 1 when a live one fails. */

import { DOCTOR_USAGE, readDoctorOptions, runDoctor } from './doctor.ts';
import { startNodeApi } from './node-api.ts';

if (process.argv.includes('--help')) {
  process.stdout.write(`${DOCTOR_USAGE}\n`);
  process.exit(0);
}
const read = readDoctorOptions(process.argv.slice(2), process.env);
if (!read.ok) {
  process.stderr.write(`${read.message}\n`);
  process.exit(2);
}

try {
  // A silent log: the doctor's own lines are its whole output.
  const report = await runDoctor({
    env: process.env,
    startApi: (env) => startNodeApi(env, () => {}),
    options: read.options,
  });
  // Kept-alive upstream sockets would hold the process open: exit once the lines are out.
  process.stdout.write(`${report.lines.join('\n')}\n`, () => process.exit(report.exitCode));
} catch (error) {
  process.stderr.write(`doctor: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
