import { formatNumber } from '../../inventory/item-label.ts';
import type { VaultSpace } from './adapt-vault.ts';

/** The vault's column head: how full each of its buckets is, against Bungie's limits. */
export function VaultHeader({ space }: { space: VaultSpace[] }) {
  return (
    <div className="flex h-20 flex-col justify-center rounded-lg border border-slate-700 bg-slate-800 px-4">
      <h2 className="text-xl font-bold text-white">Vault</h2>
      <p className="text-sm text-slate-300">
        {space.length === 0
          ? 'Empty'
          : space
              .map(
                ({ name, count, capacity }) =>
                  `${name} ${formatNumber(count)}${capacity ? ` / ${formatNumber(capacity)}` : ''}`,
              )
              .join(' · ')}
      </p>
    </div>
  );
}
