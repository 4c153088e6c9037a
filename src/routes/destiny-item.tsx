import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useFirstScreenHandOff } from '../first-screen/first-screen-hand-off.ts';
import { AppError } from '../inventory/app-error.ts';
import { bucketHolding, equippedIn, stackDetail } from '../inventory/inventory-lookup.ts';
import type { Item } from '../inventory/model.ts';
import type { DestinyItemDetail } from '../providers/destiny/adapt-item-detail.ts';
import { hasPlaceholderName } from '../providers/destiny/built-in-definitions.ts';
import { DestinyCompareActions } from '../providers/destiny/DestinyCompareActions.tsx';
import { DestinyItemView } from '../providers/destiny/DestinyItemView.tsx';
import { destinyPaths } from '../providers/destiny/paths.ts';
import { platformName } from '../providers/destiny/platforms.ts';
import { destinyQueries } from '../providers/destiny/queries.ts';
import { placeItem } from '../providers/destiny/item-place.ts';
import { readCharacterParams, readItemRef } from '../providers/destiny/route-params.ts';
import { VersusChooser } from '../providers/destiny/VersusChooser.tsx';
import { Breadcrumbs } from '../ui/Breadcrumbs.tsx';
import { ErrorPanel } from '../ui/ErrorPanel.tsx';
import { ShareLink } from '../ui/ShareLink.tsx';
import { BackLink } from '../ui/BackLink.tsx';
import { usePageTitle } from '../ui/use-page-title.ts';

const stackGone = (where: string) =>
  new AppError({
    kind: 'not-found',
    subject: 'item',
    provider: 'destiny',
    message: `${where} no longer has any of this item.`,
  });
const characterStackGone = stackGone('This character');
const vaultStackGone = stackGone('The vault');

export function Component() {
  const params = useParams();
  const [search] = useSearchParams();
  const { membershipType, membershipId, characterId } = readCharacterParams(params);
  const ref = readItemRef(params, search);
  const instance = useQuery({
    ...destinyQueries.item(membershipType, membershipId, characterId, ref.kind === 'instance' ? ref.instanceId : '0'),
    enabled: ref.kind === 'instance',
  });
  // An instance's page reads the rest once its own call is answered (see waitsForItem).
  const afterItem = ref.kind === 'stack' || !instance.isPending;
  const account = useQuery({ ...destinyQueries.account(membershipType, membershipId), enabled: afterItem });
  const inventory = useQuery({
    ...destinyQueries.inventory(membershipType, membershipId, characterId),
    enabled: afterItem,
  });
  const place = placeItem(ref, search, characterId, account.data);
  const versus = useQuery({
    ...destinyQueries.inventory(membershipType, membershipId, place.versusId),
    enabled: afterItem,
  });
  // Where the item is kept: the vault (from the account's answer), or the character in the link.
  const holding = place.inVault ? account.data?.vault?.inventory : inventory.data;
  const holdingQuery = place.inVault ? account : inventory;
  const character = account.data?.characters.find((c) => c.characterId === characterId);
  const accountPath = destinyPaths.account(membershipType, membershipId);
  const inventoryPath = destinyPaths.inventory(membershipType, membershipId, characterId);
  const equippedHref = useCallback(
    (item: Item) => destinyPaths.item(membershipType, membershipId, place.versusId, item.instanceId ?? '0'),
    [membershipType, membershipId, place.versusId],
  );

  let page: DestinyItemDetail | undefined;
  let failure: { error: unknown; errorKey: unknown; retry?: () => void } | undefined;
  if (ref.kind === 'instance') {
    page = instance.data;
    if (instance.isError)
      failure = { error: instance.error, errorKey: instance.errorUpdatedAt, retry: () => instance.refetch() };
  } else if (holding) {
    const detail = stackDetail(holding, ref.itemHash);
    if (detail) page = { detail, grid: null, definitionMissing: hasPlaceholderName(detail.item) };
    else {
      const gone = place.inVault ? vaultStackGone : characterStackGone;
      failure = { error: gone, errorKey: gone };
    }
  } else if (holdingQuery.isError) {
    failure = { error: holdingQuery.error, errorKey: holdingQuery.errorUpdatedAt, retry: () => holdingQuery.refetch() };
  }
  // Bungie names an item's bucket only in its definition; without one, the inventory knows where it is kept.
  const holder = page && !page.detail.bucketId && holding ? bucketHolding(holding, page.detail.item.key) : null;
  if (page && holder) page = { ...page, detail: { ...page.detail, bucketId: holder.id, bucketName: holder.name } };
  const placeName = place.inVault ? 'Vault' : (character?.className ?? 'Character');
  const backPath = place.inVault ? accountPath : inventoryPath;
  usePageTitle(page?.detail.item.name ?? 'Item', placeName);
  useFirstScreenHandOff(page !== undefined || failure !== undefined);
  const equipped = page && versus.data ? equippedIn(versus.data, page.detail.bucketId) : null;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <Breadcrumbs
          crumbs={[
            { label: 'Start', to: '/' },
            { label: `${platformName(membershipType)} account`, to: accountPath },
            { label: placeName, to: backPath },
            { label: page?.detail.item.name ?? 'Item' },
          ]}
        />
        <Link to={backPath} className="rounded-md px-2 py-1 text-sm font-semibold text-slate-200 hover:bg-slate-800">
          ← Back to {place.inVault ? 'the account' : character ? `${character.className} inventory` : 'the inventory'}
        </Link>
      </div>

      {failure && (
        <ErrorPanel
          compact={!!page}
          error={failure.error}
          errorKey={failure.errorKey}
          onRetry={failure.retry}
          actions={<BackLink to={backPath}>Back to the {place.inVault ? 'account' : 'inventory'}</BackLink>}
        />
      )}
      {!page && !failure && <ItemPageSkeleton />}
      {page && place.inVault && account.data && (
        <VersusChooser characters={account.data.characters} currentId={place.versusId} />
      )}
      {page && (
        <DestinyCompareActions membershipType={membershipType} membershipId={membershipId} item={page.detail.item} />
      )}
      {page && (
        <DestinyItemView
          key={page.detail.item.key}
          page={page}
          equipped={equipped}
          equippedHref={equippedHref}
          actions={<ShareLink title={page.detail.item.name} />}
        />
      )}
    </div>
  );
}

function ItemPageSkeleton() {
  return (
    <div aria-busy="true" aria-label="Loading the item" className="space-y-6">
      <div className="h-44 animate-pulse rounded-xl bg-slate-900" />
      <div className="grid gap-6 lg:grid-cols-[5fr_7fr]">
        <div className="h-64 animate-pulse rounded-xl bg-slate-900" />
        <div className="h-64 animate-pulse rounded-xl bg-slate-900" />
      </div>
    </div>
  );
}
