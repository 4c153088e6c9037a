import type { AppError, AppErrorInit } from '../inventory/app-error.ts';
import type { ProviderId } from '../inventory/model.ts';

/** One call for a parse worker: fetch `path` (a POST when `body` is set), then run the worker's task on the JSON. */
export interface ParseRequest {
  id: number;
  path: string;
  body?: unknown;
  provider: ProviderId;
}

export interface CancelRequest {
  id: number;
  cancel: true;
}

/** `receivedAt` is epoch milliseconds (worker and page clocks have different origins); `packed` says the value went through the task's `pack`. */
export type ParseReply =
  | { id: number; ok: true; value: unknown; receivedAt: number; packed?: true }
  | { id: number; ok: false; error: AppErrorInit };

/** Sent before the reply, when the task has an early read. */
export interface EarlyMessage {
  id: number;
  early: unknown;
}

/** An AppError as plain data: classes do not survive postMessage. */
export function errorInit(error: AppError): AppErrorInit {
  const { kind, message, provider, retryAfterSeconds, providerCode, subject } = error;
  return { kind, message, provider, retryAfterSeconds, providerCode, subject };
}
