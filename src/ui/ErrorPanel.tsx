import { isCancelledError } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { toAppError, type AppErrorKind } from '../inventory/app-error.ts';
import { describeError } from '../inventory/describe-error.ts';
import { Icon, type IconName } from './Icon.tsx';
import { SignInLink } from './SignInLink.tsx';
import { useCountdown } from './use-countdown.ts';

interface ErrorPanelProps {
  error: unknown;
  /** Retries the failed request; offered when retrying can help. */
  onRetry?: () => void;
  /** Links back (to the account, to the start page), shown beside the retry button. */
  actions?: ReactNode;
  /** A slim banner above data that is still shown, instead of a full panel. */
  compact?: boolean;
  /** Changes when a new failure arrives, so a throttling countdown restarts. */
  errorKey?: unknown;
}

const icons: Partial<Record<AppErrorKind, IconName>> = {
  maintenance: 'wrench',
  throttled: 'hourglass',
  'not-found': 'search',
  private: 'lock',
  auth: 'key',
  'sign-in': 'lock',
  timeout: 'clock',
  network: 'signal',
};

export function ErrorPanel({ error, onRetry, actions, compact = false, errorKey }: ErrorPanelProps) {
  const appError = toAppError(error);
  const { title, advice, canRetry } = describeError(appError);
  const throttled = appError.kind === 'throttled' && onRetry ? appError.retryAfterSeconds : undefined;
  const secondsLeft = useCountdown(throttled, () => onRetry?.(), errorKey ?? error);
  // A call the person cancelled did not fail: the shell's WaitingIndicator says so, once for the page.
  if (isCancelledError(error)) return null;

  return (
    <div
      role="alert"
      className={
        compact
          ? 'flex flex-wrap items-center gap-x-4 gap-y-2 rounded-lg border border-amber-500/40 bg-amber-950/40 px-4 py-3 text-sm'
          : 'mx-auto my-10 max-w-xl rounded-xl border border-slate-700 bg-slate-900 p-8 text-center shadow-xl'
      }
    >
      {!compact && (
        <div className="mb-3 flex justify-center text-amber-300">
          <Icon name={icons[appError.kind] ?? 'alert'} className="size-10" />
        </div>
      )}
      <div className={compact ? 'min-w-0 flex-1' : ''}>
        <h2 className={compact ? 'font-semibold text-amber-200' : 'text-xl font-semibold text-slate-50'}>{title}</h2>
        <p className={compact ? 'text-amber-100/80' : 'mt-2 text-slate-300'}>{advice}</p>
        {appError.message && (
          <p className={compact ? 'text-amber-100/60' : 'mt-3 text-sm text-slate-400'}>{appError.message}</p>
        )}
        {appError.providerCode && (
          <p className="mt-1 font-mono text-xs text-slate-400">Code: {appError.providerCode}</p>
        )}
        {secondsLeft !== undefined && secondsLeft > 0 && (
          <p className={compact ? 'font-medium text-amber-200' : 'mt-4 font-medium text-amber-300'} aria-live="polite">
            Trying again in {secondsLeft} s
          </p>
        )}
      </div>
      <div className={compact ? 'flex gap-2' : 'mt-6 flex flex-wrap justify-center gap-3'}>
        {canRetry && onRetry && (
          <button
            type="button"
            onClick={onRetry}
            className="rounded-md bg-amber-400 px-4 py-2 text-sm font-semibold text-slate-950 hover:bg-amber-300"
          >
            Try again
          </button>
        )}
        {appError.kind === 'sign-in' && (
          <SignInLink className="rounded-md bg-amber-400 px-4 py-2 text-sm font-semibold text-slate-950 hover:bg-amber-300" />
        )}
        {actions}
      </div>
    </div>
  );
}
