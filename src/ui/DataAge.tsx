import { useNow } from './use-now.ts';

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

export function describeAge(updatedAt: number, now: number): string {
  const seconds = Math.round((updatedAt - now) / 1000);
  if (Math.abs(seconds) < 60) return relative.format(Math.min(seconds, 0), 'second');
  const minutes = Math.round(seconds / 60);
  if (Math.abs(minutes) < 60) return relative.format(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 48) return relative.format(hours, 'hour');
  return relative.format(Math.round(hours / 24), 'day');
}

interface DataAgeProps {
  updatedAt: number;
  refreshing: boolean;
  onRefresh: () => void;
}

/** How old the data on screen is, with a button to fetch it again. */
export function DataAge({ updatedAt, refreshing, onRefresh }: DataAgeProps) {
  const now = useNow(5000, true);
  return (
    <div className="flex items-center gap-3 text-sm whitespace-nowrap text-slate-400">
      <span>
        Updated{' '}
        <time dateTime={new Date(updatedAt).toISOString()}>{describeAge(updatedAt, Math.max(now, updatedAt))}</time>
      </span>
      <button
        type="button"
        onClick={onRefresh}
        disabled={refreshing}
        className="rounded-md border border-slate-700 px-3 py-1 text-slate-200 hover:border-slate-500 hover:bg-slate-800 disabled:opacity-60"
      >
        {refreshing ? 'Refreshing…' : 'Refresh'}
      </button>
    </div>
  );
}
