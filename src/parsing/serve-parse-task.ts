/// <reference lib="webworker" />
import { toAppError } from '../inventory/app-error.ts';
import {
  errorInit,
  type EarlyMessage,
  type ParseReply,
  type ParseRequest,
  type ReadyMessage,
} from './parse-protocol.ts';
import type { ParseTask } from './parse-task.ts';
import { runParseTask } from './run-parse-task.ts';

/** Makes this worker read, validate and normalise answers with `task`, away from the page's main thread. */
export function serveParseTask<Result, Early, Packed>(task: ParseTask<Result, Early, Packed>) {
  const scope = self as unknown as DedicatedWorkerGlobalScope;
  const reply = (message: ParseReply | EarlyMessage | ReadyMessage) => scope.postMessage(message);

  scope.onmessage = ({ data }: MessageEvent<ParseRequest>) => {
    try {
      const value = runParseTask(task, data, (early) => reply({ id: data.id, early }));
      reply(
        task.pack ? { id: data.id, ok: true, value: task.pack(value), packed: true } : { id: data.id, ok: true, value },
      );
    } catch (error) {
      reply({ id: data.id, ok: false, error: errorInit(toAppError(error)) });
    }
  };
  reply({ ready: true });
}
