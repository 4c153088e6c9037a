import { useRouteError } from 'react-router';
import { ErrorPanel } from '../ui/ErrorPanel.tsx';
import { BackLink } from '../ui/BackLink.tsx';

/** Last resort for a route whose loader or render failed: the same panel, with a way home. */
export function RouteErrorBoundary() {
  const error = useRouteError();
  return (
    <ErrorPanel
      error={error}
      onRetry={() => window.location.reload()}
      actions={<BackLink to="/">Start page</BackLink>}
    />
  );
}
