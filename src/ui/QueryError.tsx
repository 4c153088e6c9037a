import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorPanel } from './ErrorPanel.tsx';

interface QueryErrorProps {
  query: Pick<UseQueryResult<unknown>, 'isError' | 'error' | 'data' | 'errorUpdatedAt' | 'refetch'>;
  actions?: ReactNode;
}

/**
 * A failed query's panel: full size when there is nothing to show, a banner above the data when a
 * refresh failed, so what is already on screen stays.
 */
export function QueryError({ query, actions }: QueryErrorProps) {
  if (!query.isError) return null;
  return (
    <ErrorPanel
      compact={query.data !== undefined}
      error={query.error}
      errorKey={query.errorUpdatedAt}
      onRetry={() => void query.refetch()}
      actions={actions}
    />
  );
}
