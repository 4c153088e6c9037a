import { fetchBytes } from '../http/api-client.ts';
import { AppError, toAppError } from '../inventory/app-error.ts';
import type { ProviderId } from '../inventory/model.ts';
import {
  errorInit,
  type EarlyMessage,
  type ParseReply,
  type ParseRequest,
  type ReadyMessage,
} from './parse-protocol.ts';
import type { ParseTaskHandle } from './parse-task.ts';
import { runParseTask } from './run-parse-task.ts';

type AnyTask = ParseTaskHandle<unknown, unknown, unknown>;

interface Pending {
  task: AnyTask;
  onEarly(value: unknown): void;
  resolve(reply: ParseReply): void;
}

/**
 * Each task's one worker, started with its first call and settled once its script has run; null
 * where workers are unavailable (tests) or its script failed to load.
 */
const workers = new Map<AnyTask, Promise<Worker | null>>();
const pending = new Map<number, Pending>();
let nextId = 1;

function workerFor(task: AnyTask): Promise<Worker | null> {
  let worker = workers.get(task);
  if (!worker) {
    worker = typeof Worker === 'undefined' ? Promise.resolve(null) : startWorker(task);
    workers.set(task, worker);
  }
  return worker;
}

function startWorker(task: AnyTask): Promise<Worker | null> {
  return new Promise((resolve) => {
    const worker = task.startWorker();
    worker.onmessage = ({ data }: MessageEvent<ParseReply | EarlyMessage | ReadyMessage>) => {
      if ('ready' in data) return resolve(worker);
      if ('early' in data) return pending.get(data.id)?.onEarly(data.early);
      pending.get(data.id)?.resolve(data);
      pending.delete(data.id);
    };
    worker.onerror = () => {
      // The script could not load (blocked, offline mid-deploy): answers are read in the page instead.
      workers.set(task, Promise.resolve(null));
      resolve(null);
      // Or it died with answers it had been handed, which went with it: those fail, and a retry is read in the page.
      const error = errorInit(new AppError({ kind: 'crash', message: 'The page stopped reading this answer.' }));
      for (const [id, waiting] of pending) {
        if (waiting.task !== task) continue;
        waiting.resolve({ id, ok: false, error });
        pending.delete(id);
      }
    };
  });
}

function inWorker(
  worker: Worker,
  task: AnyTask,
  request: ParseRequest,
  signal: AbortSignal,
  onEarly: (value: unknown) => void,
): Promise<ParseReply> {
  return new Promise((resolve, reject) => {
    // A cancelled request's answer is still read (the worker cannot stop mid-parse), and dropped.
    const abort = () => {
      pending.delete(request.id);
      reject(signal.reason);
    };
    signal.addEventListener('abort', abort, { once: true });
    pending.set(request.id, {
      task,
      onEarly,
      resolve: (answer) => {
        signal.removeEventListener('abort', abort);
        resolve(answer);
      },
    });
    // Transferred, not copied: megabytes cross at no cost.
    worker.postMessage(request, [request.reply.bytes]);
  });
}

async function inPage(task: AnyTask, request: ParseRequest, onEarly: (value: unknown) => void): Promise<ParseReply> {
  const parseTask = await task.loadInPage();
  try {
    return { id: request.id, ok: true, value: runParseTask(parseTask, request, onEarly) };
  } catch (error) {
    return { id: request.id, ok: false, error: errorInit(toAppError(error)) };
  }
}

/**
 * Fetches an API path (a POST when `body` is set) and runs a parse task on the answer in the task's
 * worker, so that megabytes of JSON never hold up typing or scrolling. Resolves with the task's
 * result; rejects with an AppError. A task with an early read hands it to `onEarly` first, as soon
 * as the body is parsed. The page fetches while the worker starts, then hands it the bytes: a
 * shared link's call starts with its loader, not after the worker's script has loaded and run.
 */
export async function fetchParsed<Result, Early, Packed>(
  task: ParseTaskHandle<Result, Early, Packed>,
  call: { path: string; body?: unknown; provider: ProviderId },
  signal: AbortSignal,
  onEarly?: (value: Early) => void,
): Promise<Result> {
  signal.throwIfAborted();
  const anyTask = task as AnyTask;
  const worker = workerFor(anyTask);
  const request: ParseRequest = {
    id: nextId++,
    reply: await fetchBytes(call.path, call.body, { signal, provider: call.provider }),
    provider: call.provider,
  };
  const receivedAt = performance.now();
  const early = (value: unknown) => onEarly?.(value as Early);
  const target = await worker;
  signal.throwIfAborted();
  const reply = target
    ? await inWorker(target, anyTask, request, signal, early)
    : await inPage(anyTask, request, early);
  if (!reply.ok) throw new AppError(reply.error);
  const value = reply.packed && task.unpack ? task.unpack(reply.value as Packed) : (reply.value as Result);
  // When the response arrived and when its parsed result reached the page, in the page's own
  // timeline: the split between network, worker and rendering, for DevTools and the benchmark.
  performance.mark('gearview:response-received', { startTime: receivedAt, detail: call.path });
  performance.mark('gearview:parsed', { detail: call.path });
  return value;
}
