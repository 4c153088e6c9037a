import { AppError, toAppError } from '../inventory/app-error.ts';
import type { ProviderId } from '../inventory/model.ts';
import { errorInit, type EarlyMessage, type ParseReply, type ParseRequest } from './parse-protocol.ts';
import { handoffs } from './handoffs.ts';
import type { EarlyRead, ParseTaskName, ParseTaskResult } from './parse-tasks.ts';

interface Pending {
  request: ParseRequest;
  signal: AbortSignal;
  onEarly(value: unknown): void;
  resolve(reply: ParseReply): void;
}

/** The page's one parse worker; null where workers are unavailable (tests, or a worker that failed to load). */
let worker: Worker | null | undefined;
const pending = new Map<number, Pending>();
let nextId = 1;

function parseWorker(): Worker | null {
  if (worker !== undefined) return worker;
  if (typeof Worker === 'undefined') return (worker = null);
  worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module', name: 'gearview-parse' });
  worker.onmessage = ({ data }: MessageEvent<ParseReply | EarlyMessage>) => {
    if ('early' in data) return pending.get(data.id)?.onEarly(data.early);
    pending.get(data.id)?.resolve(data);
    pending.delete(data.id);
  };
  // The script could not load (blocked, offline mid-deploy): what waited on it runs in the page instead.
  worker.onerror = () => {
    worker = null;
    // A request cancelled meanwhile has already rejected its caller: only its run stops.
    for (const { request, signal, onEarly, resolve } of pending.values())
      void runInPage(request, onEarly, signal).then(resolve, () => {});
    pending.clear();
  };
  return worker;
}

async function runInPage(
  request: ParseRequest,
  onEarly: (value: unknown) => void,
  signal: AbortSignal,
): Promise<ParseReply> {
  // Loaded only when needed: in the page, the parsers would otherwise ship twice.
  const { runParseTask } = await import('./run-parse-task.ts');
  try {
    return { id: request.id, ok: true, ...(await runParseTask(request, signal, onEarly)) };
  } catch (error) {
    if (signal.aborted) throw error;
    return { id: request.id, ok: false, error: errorInit(toAppError(error)) };
  }
}

/**
 * Fetches an API path and runs a parse task on the JSON in the parse worker, so that megabytes of
 * JSON never hold up typing or scrolling. Resolves with the task's result; rejects with an AppError.
 * A task with an early read hands it to `onEarly` first, as soon as the body is parsed.
 */
export async function fetchParsed<T extends ParseTaskName>(
  task: T,
  call: { path: string; body?: unknown; provider: ProviderId },
  signal: AbortSignal,
  onEarly?: (value: EarlyRead<T>) => void,
): Promise<ParseTaskResult<T>> {
  signal.throwIfAborted();
  const request: ParseRequest = { id: nextId++, task, ...call };
  const early = (value: unknown) => onEarly?.(value as EarlyRead<T>);
  const target = parseWorker();
  const reply = target
    ? await new Promise<ParseReply>((resolve, reject) => {
        const abort = () => {
          pending.delete(request.id);
          target.postMessage({ id: request.id, cancel: true });
          reject(signal.reason);
        };
        signal.addEventListener('abort', abort, { once: true });
        pending.set(request.id, {
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
    : await runInPage(request, early, signal);
  if (!reply.ok) throw new AppError(reply.error);
  const value = reply.packed ? handoffs[task]!.unpack(reply.value) : reply.value;
  // When the response arrived and when its parsed result reached the page, in the page's own
  // timeline: the split between network, worker and rendering, for DevTools and the benchmark.
  performance.mark('gearview:response-received', {
    startTime: reply.receivedAt - performance.timeOrigin,
    detail: call.path,
  });
  performance.mark('gearview:parsed', { detail: call.path });
  return value as ParseTaskResult<T>;
}
