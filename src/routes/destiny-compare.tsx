import { useMemo } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { readCompareRequest } from '../inventory/compare/compare-params.ts';
import { locateItems, type CompareEntry } from '../inventory/compare/compare-model.ts';
import { ComparePageFrame } from '../inventory/compare/ComparePageFrame.tsx';
import { destinyPaths } from '../providers/destiny/paths.ts';
import { parseId, platformName } from '../providers/destiny/platforms.ts';
import { readAccountParams } from '../providers/destiny/route-params.ts';
import { useAccountInventory } from '../providers/destiny/use-account-inventory.ts';
import { usePlayerName } from '../providers/destiny/use-player-name.ts';
import { ErrorPanel } from '../ui/ErrorPanel.tsx';

/** Instances only: a stack's "0" names no single item. */
const isInstanceId = (id: string) => parseId(id) !== null && id !== '0';

/** Items from any character or the vault; the account's loader started the account, whose characters' inventories follow. */
export function Component() {
  const { membershipType, membershipId } = readAccountParams(useParams());
  const [search] = useSearchParams();
  const request = useMemo(() => readCompareRequest(search, isInstanceId), [search]);
  const { sources, isPending, failures } = useAccountInventory(membershipType, membershipId);
  const playerName = usePlayerName(membershipType, membershipId);
  const accountPath = destinyPaths.account(membershipType, membershipId, playerName);
  const { found, missing } = useMemo(() => locateItems(sources, request.ids), [sources, request.ids]);
  const entries = useMemo(
    () =>
      found.map(({ id, item, source }): CompareEntry => ({
        id,
        item,
        location: source.label,
        // A character's items have pages of their own; the vault's are seen here only.
        href: parseId(source.id) ? destinyPaths.item(membershipType, membershipId, source.id, id) : undefined,
      })),
    [found, membershipType, membershipId],
  );

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
      missing={isPending || failures.length ? [] : missing}
      missingWhere="in this account"
      pending={isPending && found.length < request.ids.length}
      failures={failures.map((failure) => (
        <ErrorPanel key={failure.label} compact error={failure.error} onRetry={failure.retry} />
      ))}
    />
  );
}
