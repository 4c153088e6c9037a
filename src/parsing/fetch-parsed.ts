import { AppError, toAppError } from '../inventory/app-error.ts';
import type { ProviderId } from '../inventory/model.ts';
import { errorInit, type EarlyMessage, type ParseReply, type ParseRequest } from './parse-protocol.ts';
import type { ParseTaskHandle } from './parse-task.ts';
import { runParseTask } from './run-parse-task.ts';

type AnyTask = ParseTaskHandle<unknown, unknown, unknown>;

interface Pending {
  task: AnyTask;
  request: ParseRequest;
  signal: AbortSignal;
  onEarly(value: unknown): void;
  resolve(reply: ParseReply): void;
}

/** Each task's one worker, started on first use; null where workers are unavailable (tests, or a worker that failed to load). */
const workers = new Map<AnyTask, Worker | null>();
const pending = new Map<number, Pending>();
let nextId = 1;

function workerFor(task: AnyTask): Worker | null {
  const known = workers.get(task);
  if (known !== undefined) return known;
  if (typeof Worker === 'undefined') {
    workers.set(task, null);
    return null;
  }
  const worker = task.startWorker();
  workers.set(task, worker);
  worker.onmessage = ({ data }: MessageEvent<ParseReply | EarlyMessage>) => {
    if ('early' in data) return pending.get(data.id)?.onEarly(data.early);
    pending.get(data.id)?.resolve(data);
    pending.delete(data.id);
  };
  // The script could not load (blocked, offline mid-deploy): what waited on it runs in the page instead.
  worker.onerror = () => {
    workers.set(task, null);
    // A request cancelled meanwhile has already rejected its caller: only its run stops.
    for (const [id, waiting] of pending) {
      if (waiting.task !== task) continue;
      void runInPage(task, waiting.request, waiting.onEarly, waiting.signal).then(waiting.resolve, () => {});
      pending.delete(id);
    }
  };
  return worker;
}

async function runInPage(
  task: AnyTask,
  request: ParseRequest,
  onEarly: (value: unknown) => void,
  signal: AbortSignal,
): Promise<ParseReply> {
  try {
    return { id: request.id, ok: true, ...(await runParseTask(await task.loadInPage(), request, signal, onEarly)) };
  } catch (error) {
    if (signal.aborted) throw error;
    return { id: request.id, ok: false, error: errorInit(toAppError(error)) };
  }
}

/**
 * Fetches an API path and runs a parse task on the JSON in the task's worker, so that megabytes of
 * JSON never hold up typing or scrolling. Resolves with the task's result; rejects with an AppError.
 * A task with an early read hands it to `onEarly` first, as soon as the body is parsed.
 */
export async function fetchParsed<Result, Early, Packed>(
  task: ParseTaskHandle<Result, Early, Packed>,
  call: { path: string; body?: unknown; provider: ProviderId },
  signal: AbortSignal,
  onEarly?: (value: Early) => void,
): Promise<Result> {
  signal.throwIfAborted();
  const anyTask = task as AnyTask;
  const request: ParseRequest = { id: nextId++, ...call };
  const early = (value: unknown) => onEarly?.(value as Early);
  const target = workerFor(anyTask);
  const reply = target
    ? await new Promise<ParseReply>((resolve, reject) => {
        const abort = () => {
          pending.delete(request.id);
          target.postMessage({ id: request.id, cancel: true });
          reject(signal.reason);
        };
        signal.addEventListener('abort', abort, { once: true });
        pending.set(request.id, {
          task: anyTask,
          request,
          signal,
          onEarly: early,
          resolve: (answer) => {
            signal.removeEventListener('abort', abort);
            resolve(answer);
          },
        });
        target.postMessage(request);
      })
    : await runInPage(anyTask, request, early, signal);
  if (!reply.ok) throw new AppError(reply.error);
  const value = reply.packed && task.unpack ? task.unpack(reply.value as Packed) : (reply.value as Result);
  // When the response arrived and when its parsed result reached the page, in the page's own
  // timeline: the split between network, worker and rendering, for DevTools and the benchmark.
  performance.mark('gearview:response-received', {
    startTime: reply.receivedAt - performance.timeOrigin,
    detail: call.path,
  });
  performance.mark('gearview:parsed', { detail: call.path });
  return value;
}
