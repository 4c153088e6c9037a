import { readJson } from '../http/api-client.ts';
import type { ParseRequest } from './parse-protocol.ts';
import type { ParseTask } from './parse-task.ts';

/** Reads and parses one answer; the same code runs in a worker and, where there is none, in the page. */
export function runParseTask<Result, Early, Packed>(
  task: ParseTask<Result, Early, Packed>,
  { reply, provider }: Omit<ParseRequest, 'id'>,
  onEarly: (value: Early) => void,
): Result {
  const { body, retryAfterSeconds } = readJson(new TextDecoder().decode(reply.bytes), reply, { provider });
  if (task.earlyRead) onEarly(task.earlyRead(body));
  return task.parse(body, retryAfterSeconds);
}
