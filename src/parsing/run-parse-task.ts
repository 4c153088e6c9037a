import { getJson, postJson } from '../http/api-client.ts';
import type { ParseRequest } from './parse-protocol.ts';
import { earlyReads, parseTasks } from './parse-tasks.ts';

/** Fetches and parses one request; the same code runs in the worker and, where there is none, in the page. */
export async function runParseTask(
  request: Omit<ParseRequest, 'id'>,
  signal: AbortSignal,
  onEarly: (value: unknown) => void,
): Promise<{ value: unknown; receivedAt: number }> {
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
  const early: ((body: unknown) => unknown) | undefined = earlyReads[request.task as keyof typeof earlyReads];
  if (early) onEarly(early(reply.body));
  return { value: parseTasks[request.task](reply.body, reply.retryAfterSeconds), receivedAt };
}
