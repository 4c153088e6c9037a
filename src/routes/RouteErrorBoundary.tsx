import { useRouteError } from 'react-router';
import { useFirstScreenHandOff } from '../first-screen/first-screen-hand-off.ts';
import { ErrorPanel } from '../ui/ErrorPanel.tsx';
import { BackLink } from '../ui/BackLink.tsx';
import { usePageTitle } from '../ui/use-page-title.ts';
import { describeError } from '../inventory/describe-error.ts';
import { toAppError } from '../inventory/app-error.ts';

/** Last resort for a route whose loader or render failed: the same panel, with a way home. */
export function RouteErrorBoundary() {
  const error = useRouteError();
  usePageTitle(describeError(toAppError(error)).title);
  useFirstScreenHandOff(true);
  return (
    <ErrorPanel
      error={error}
      onRetry={() => window.location.reload()}
      actions={<BackLink to="/">Start page</BackLink>}
    />
  );
}
