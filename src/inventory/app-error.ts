import type { ProviderId } from './model.ts';

/**
 * Every failure the app can show, by class. Adapters and the HTTP client map raw failures to one
 * of these once; every page renders them through the same panel.
 */
export type AppErrorKind =
  | 'maintenance'
  | 'throttled'
  | 'not-found'
  | 'private'
  | 'auth'
  /** This server shows the provider to signed-in people only. */
  | 'sign-in'
  | 'bad-request'
  | 'timeout'
  | 'network'
  | 'upstream'
  | 'bad-response'
  /** Gearview's own code failed (a bug, a stack overflow): nobody else's fault. */
  | 'crash';

export interface AppErrorInit {
  kind: AppErrorKind;
  message: string;
  provider?: ProviderId | null;
  /** Seconds the provider asked us to wait before trying again. */
  retryAfterSeconds?: number;
  /** The provider's own error code, shown for support ("ErrorCode 1601"). */
  providerCode?: string;
  /** What was not found, for not-found errors: lets a page link back to the right parent. */
  subject?: 'account' | 'character' | 'item' | 'player' | 'title';
}

export class AppError extends Error {
  readonly kind: AppErrorKind;
  readonly provider: ProviderId | null;
  readonly retryAfterSeconds?: number;
  readonly providerCode?: string;
  readonly subject?: AppErrorInit['subject'];

  constructor(init: AppErrorInit) {
    super(init.message);
    this.name = 'AppError';
    this.kind = init.kind;
    this.provider = init.provider ?? null;
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.providerCode = init.providerCode;
    this.subject = init.subject;
  }
}

/** Anything not already classed was thrown by Gearview's own code: every provider failure is mapped where it is met. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new AppError({ kind: 'crash', message });
}

/** Only transient failures are worth an automatic retry; not-found, auth and privacy never are. */
export function isRetryable(error: unknown): boolean {
  const kind = toAppError(error).kind;
  return kind === 'network' || kind === 'timeout' || kind === 'upstream';
}
