import { Link } from 'react-router';
import type { AppConfig } from '../app-config.ts';
import { xboxPaths } from '../providers/xbox/paths.ts';

const providers = [
  {
    id: 'destiny',
    name: 'Destiny',
    maker: 'Bungie',
    blurb: 'Character inventories, buckets, talent grids and currencies.',
  },
  {
    id: 'playfab',
    name: 'PlayFab',
    maker: 'Microsoft',
    blurb: 'Character inventories, catalogs and recharging currencies.',
  },
  {
    id: 'xbox',
    name: 'Xbox Live',
    maker: 'Microsoft',
    blurb: 'Games, add-ons, consumables and subscriptions you own.',
    href: xboxPaths.inventory(),
  },
] as const;

const modeLabels = { live: 'Live', demo: 'Demo data', unavailable: 'Coming soon' } as const;

/** The three providers and where each stands: live, on demo data, or not yet available. */
export function ProviderCards({ config }: { config: AppConfig | undefined }) {
  return (
    <ul aria-label="Providers" className="grid gap-3 sm:grid-cols-3">
      {providers.map((provider) => {
        const mode = config?.providers[provider.id].mode ?? 'demo';
        return (
          <li
            key={provider.id}
            className={`rounded-xl border p-4 ${mode !== 'unavailable' ? 'border-slate-700 bg-slate-900' : 'border-dashed border-slate-800 bg-slate-950 opacity-70'}`}
          >
            <div className="flex items-center justify-between gap-2">
              <h2 className="font-semibold text-slate-50">{provider.name}</h2>
              <span
                className={`rounded-full px-2 py-0.5 text-xs font-semibold ${
                  mode === 'live'
                    ? 'bg-emerald-500/15 text-emerald-300'
                    : mode === 'demo'
                      ? 'bg-amber-400/15 text-amber-300'
                      : 'bg-slate-800 text-slate-400'
                }`}
              >
                {modeLabels[mode]}
              </span>
            </div>
            <p className="mt-1 text-xs text-slate-400">{provider.maker}</p>
            <p className="mt-2 text-sm text-slate-300">{provider.blurb}</p>
            {'href' in provider && mode !== 'unavailable' && (
              <Link
                to={provider.href}
                className="mt-3 inline-flex min-h-6 items-center text-sm font-semibold text-accent hover:underline"
              >
                Open the inventory
              </Link>
            )}
          </li>
        );
      })}
    </ul>
  );
}
