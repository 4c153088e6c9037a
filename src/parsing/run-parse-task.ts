import { getJson, postJson } from '../http/api-client.ts';
import type { ParseRequest } from './parse-protocol.ts';
import type { ParseTask } from './parse-task.ts';

/** Fetches and parses one request; the same code runs in a worker and, where there is none, in the page. */
export async function runParseTask<Result, Early, Packed>(
  task: ParseTask<Result, Early, Packed>,
  request: Omit<ParseRequest, 'id'>,
  signal: AbortSignal,
  onEarly: (value: Early) => void,
): Promise<{ value: Result; receivedAt: number }> {
  let receivedAt = 0;
  const options = {
    signal,
    provider: request.provider,
    onReceived: () => (receivedAt = performance.timeOrigin + performance.now()),
  };
  const reply =
    request.body === undefined
      ? { body: await getJson(request.path, options) }
      : await postJson(request.path, request.body, options);
  if (task.earlyRead) onEarly(task.earlyRead(reply.body));
  return { value: task.parse(reply.body, reply.retryAfterSeconds), receivedAt };
}
