/// <reference lib="webworker" />
import { toAppError } from '../inventory/app-error.ts';
import {
  errorInit,
  type CancelRequest,
  type EarlyMessage,
  type ParseReply,
  type ParseRequest,
} from './parse-protocol.ts';
import type { ParseTask } from './parse-task.ts';
import { runParseTask } from './run-parse-task.ts';

/** Makes this worker fetch, parse and normalise with `task`, away from the page's main thread. */
export function serveParseTask<Result, Early, Packed>(task: ParseTask<Result, Early, Packed>) {
  const scope = self as unknown as DedicatedWorkerGlobalScope;
  const running = new Map<number, AbortController>();
  const reply = (message: ParseReply | EarlyMessage) => scope.postMessage(message);

  scope.onmessage = async ({ data }: MessageEvent<ParseRequest | CancelRequest>) => {
    if ('cancel' in data) {
      running.get(data.id)?.abort();
      return;
    }
    const controller = new AbortController();
    running.set(data.id, controller);
    try {
      const { value, receivedAt } = await runParseTask(task, data, controller.signal, (early) =>
        reply({ id: data.id, early }),
      );
      reply(
        task.pack
          ? { id: data.id, ok: true, value: task.pack(value), receivedAt, packed: true }
          : { id: data.id, ok: true, value, receivedAt },
      );
    } catch (error) {
      // A cancelled request's page has stopped listening.
      if (!controller.signal.aborted) reply({ id: data.id, ok: false, error: errorInit(toAppError(error)) });
    } finally {
      running.delete(data.id);
    }
  };
}
