import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { readCompareRequest } from '../inventory/compare/compare-params.ts';
import { locateItems, type CompareEntry } from '../inventory/compare/compare-model.ts';
import { ComparePageFrame } from '../inventory/compare/ComparePageFrame.tsx';
import { destinyPaths } from '../providers/destiny/paths.ts';
import { parseId, platformName } from '../providers/destiny/platforms.ts';
import { destinyQueries } from '../providers/destiny/queries.ts';
import { readAccountParams } from '../providers/destiny/route-params.ts';
import { useAccountInventory, VAULT_SOURCE_ID } from '../providers/destiny/use-account-inventory.ts';
import { usePlayerName } from '../providers/destiny/use-player-name.ts';
import { ErrorPanel } from '../ui/ErrorPanel.tsx';

/** Instances only: a stack's "0" names no single item. */
const isInstanceId = (id: string) => parseId(id) !== null && id !== '0';

/** Items from any character or the vault; the account's loader started the account, whose characters' inventories follow. */
export function Component() {
  const { membershipType, membershipId } = readAccountParams(useParams());
  const [search] = useSearchParams();
  const request = useMemo(() => readCompareRequest(search, isInstanceId), [search]);
  const account = useQuery(destinyQueries.account(membershipType, membershipId));
  const { sources, isPending, failures } = useAccountInventory(membershipType, membershipId);
  const playerName = usePlayerName(membershipType, membershipId);
  const accountPath = destinyPaths.account(membershipType, membershipId, playerName);
  const { found, missing } = useMemo(() => locateItems(sources, request.ids), [sources, request.ids]);
  // Bungie reads a vault item's details through any character of the account: the first one.
  const viewerId = sources.find((source) => source.id !== VAULT_SOURCE_ID)?.id;
  const entries = useMemo(
    () =>
      found.map(({ id, item, source }): CompareEntry => {
        const characterId = source.id === VAULT_SOURCE_ID ? viewerId : source.id;
        return {
          id,
          item,
          location: source.label,
          href: characterId && destinyPaths.item(membershipType, membershipId, characterId, id),
        };
      }),
    [found, viewerId, membershipType, membershipId],
  );
  const panels = [
    ...(account.isError
      ? [{ key: 'account', error: account.error, errorKey: account.errorUpdatedAt, retry: account.refetch }]
      : []),
    ...failures.map((failure) => ({ key: failure.sourceId, ...failure })),
  ];

  return (
    <ComparePageFrame
      crumbs={[
        { label: 'Start', to: '/' },
        { label: playerName ?? `${platformName(membershipType)} account`, to: accountPath },
        { label: 'Compare' },
      ]}
      back={{ to: accountPath, label: 'Back to the account' }}
      request={request}
      entries={entries}
      // An item may be in an inventory still on its way or that failed: only a whole account says it is gone.
      missing={isPending || panels.length ? [] : missing}
      missingWhere="in this account"
      pending={isPending && found.length < request.ids.length}
      failures={panels.map(({ key, error, errorKey, retry }) => (
        <ErrorPanel key={key} compact error={error} errorKey={errorKey} onRetry={() => void retry()} />
      ))}
    />
  );
}
