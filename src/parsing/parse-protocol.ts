import type { AppError, AppErrorInit } from '../inventory/app-error.ts';
import type { RawReply } from '../http/api-client.ts';
import type { ProviderId } from '../inventory/model.ts';

/** One answer for a parse worker to read: its bytes (transferred, not copied) and what reading them needs. */
export interface ParseRequest {
  id: number;
  reply: RawReply;
  provider: ProviderId;
}

/** `packed` says the value went through the task's `pack`. */
export type ParseReply =
  { id: number; ok: true; value: unknown; packed?: true } | { id: number; ok: false; error: AppErrorInit };

/** Sent before the reply, when the task has an early read. */
export interface EarlyMessage {
  id: number;
  early: unknown;
}

/** Sent once, when the worker's script has run: only then does the page hand it bytes. */
export interface ReadyMessage {
  ready: true;
}

/** An AppError as plain data: classes do not survive postMessage. */
export function errorInit(error: AppError): AppErrorInit {
  const { kind, message, provider, retryAfterSeconds, providerCode, subject } = error;
  return { kind, message, provider, retryAfterSeconds, providerCode, subject };
}
