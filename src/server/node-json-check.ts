import { Worker } from 'node:worker_threads';
import { parsesAsJson, type JsonCheck } from './json-check.ts';

/** Below this, parsing in place is quicker than the hand-off to the worker and back. */
const IN_PLACE_LIMIT_BYTES = 64 * 1024;
/** The worker gets a copy, a piece per turn of the event loop: one copy of 16 MB would hold it for 10 ms or more. */
const PIECE_BYTES = 1024 * 1024;

const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const bodies = new Map();
parentPort.on('message', ({ id, piece, last }) => {
  let body = bodies.get(id);
  if (!body) bodies.set(id, (body = { utf8: new TextDecoder(), text: [] }));
  body.text.push(body.utf8.decode(piece, { stream: !last }));
  if (!last) return;
  bodies.delete(id);
  let whole = true;
  try {
    JSON.parse(body.text.join(''));
  } catch {
    whole = false;
  }
  parentPort.postMessage({ id, whole });
});
`;

let worker: Worker | undefined;
let nextId = 0;
const waiting = new Map<number, (whole: boolean) => void>();

function started(): Worker {
  if (worker) return worker;
  const thread = new Worker(WORKER_SOURCE, { eval: true });
  // An idle checker is no reason to keep the process alive.
  thread.unref();
  thread.on('message', ({ id, whole }: { id: number; whole: boolean }) => {
    waiting.get(id)?.(whole);
    waiting.delete(id);
    if (waiting.size === 0) thread.unref();
  });
  // A body the worker could not check (it ran out of memory on it, say) is not kept; the next check starts a new one.
  const lost = () => {
    if (worker !== thread) return;
    worker = undefined;
    for (const settle of waiting.values()) settle(false);
    waiting.clear();
  };
  thread.on('error', lost).on('exit', lost);
  worker = thread;
  return thread;
}

async function checkOnWorker(bytes: Uint8Array): Promise<boolean> {
  const id = nextId++;
  const verdict = new Promise<boolean>((resolve) => waiting.set(id, resolve));
  try {
    const thread = started();
    thread.ref();
    for (let offset = 0; offset < bytes.byteLength; offset += PIECE_BYTES) {
      if (offset > 0) await new Promise((resolve) => setImmediate(resolve));
      const piece = bytes.slice(offset, offset + PIECE_BYTES);
      thread.postMessage({ id, piece, last: offset + PIECE_BYTES >= bytes.byteLength }, [piece.buffer]);
    }
  } catch {
    // No worker to be had (out of threads or memory): the body goes unchecked, so it is not kept.
    waiting.delete(id);
    return false;
  }
  return verdict;
}

/** Large bodies are parsed on a worker thread, so the event loop goes on serving everyone else meanwhile. */
export const nodeJsonCheck: JsonCheck = (bytes) =>
  bytes.byteLength < IN_PLACE_LIMIT_BYTES ? parsesAsJson(bytes) : checkOnWorker(bytes);
