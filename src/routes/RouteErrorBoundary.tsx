import { Link, useRouteError } from 'react-router';
import { ErrorPanel } from '../ui/ErrorPanel.tsx';

/** Last resort for a route whose loader or render failed: the same panel, with a way home. */
export function RouteErrorBoundary() {
  const error = useRouteError();
  return (
    <ErrorPanel
      error={error}
      onRetry={() => window.location.reload()}
      actions={
        <Link to="/" className="rounded-md border border-slate-600 px-4 py-2 text-sm font-semibold text-slate-100 hover:bg-slate-800">
          Start page
        </Link>
      }
    />
  );
}
