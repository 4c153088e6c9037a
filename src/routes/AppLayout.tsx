import { useQuery } from '@tanstack/react-query';
import { Link, Outlet, ScrollRestoration, useLocation, useNavigation } from 'react-router';
import { appConfigQuery } from '../app-config.ts';
import { CompareScopeContext } from '../inventory/compare/compare-scope.ts';
import { CompareTray } from '../inventory/compare/CompareTray.tsx';
import { useCompareScopeValue } from '../inventory/compare/use-compare-scope-value.ts';
import { DemoBadge } from '../ui/DemoBadge.tsx';
import { WaitingIndicator } from '../ui/WaitingIndicator.tsx';
import { RouteAnnouncer } from './RouteAnnouncer.tsx';
import { SessionStatus } from './SessionStatus.tsx';
import { SkipLink } from './SkipLink.tsx';
import { useFocusRescue } from './use-focus-rescue.ts';

/** The shell: brand, demo mark, a progress line while a route loads, what a slow call is doing, the page, and the compare tray. */
export function AppLayout() {
  const { data: config } = useQuery(appConfigQuery);
  const navigation = useNavigation();
  const { scope: compareScope, chosenIds } = useCompareScopeValue();
  const { pathname } = useLocation();
  useFocusRescue();
  // Not on the compare page itself, which shows the items already.
  const trayScope = compareScope && chosenIds.length > 0 && pathname !== compareScope.path ? compareScope.path : null;
  // Only when nothing is live: with a mix, each page marks its own demo data.
  const modes = config ? Object.values(config.providers).map((provider) => provider.mode) : [];
  const demo = modes.includes('demo') && !modes.includes('live');
  return (
    // Room below the footer for the tray, so it never covers the end of the page.
    <div className={`flex min-h-screen flex-col ${trayScope ? 'pb-32 sm:pb-20' : ''}`}>
      <SkipLink target="main" />
      {navigation.state === 'loading' && <div className="fixed inset-x-0 top-0 z-50 h-0.5 animate-pulse bg-accent" />}
      <header className="border-b border-slate-800 bg-slate-950/90 backdrop-blur">
        <div className="mx-auto flex max-w-7xl items-center gap-4 px-4 py-3">
          <Link to="/" className="flex items-center gap-2 text-lg font-bold tracking-tight text-slate-50">
            <img src="/favicon.svg" alt="" className="size-7" />
            Gearview
          </Link>
          {demo && <DemoBadge />}
          <div className="ml-auto min-w-0">
            <SessionStatus />
          </div>
        </div>
      </header>
      {/* Focusable from script only, so focus has somewhere to go when the control that held it goes away. */}
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-7xl flex-1 px-4 py-4 outline-none sm:py-6">
        <WaitingIndicator />
        <CompareScopeContext value={compareScope}>
          <Outlet />
        </CompareScopeContext>
      </main>
      <footer className="border-t border-slate-800 px-4 py-4 text-center text-xs text-slate-400">
        Gearview · inventories from Bungie, PlayFab and Xbox Live, read through a proxy that keeps keys on the server
      </footer>
      {trayScope && <CompareTray scope={trayScope} ids={chosenIds} />}
      <RouteAnnouncer />
      <ScrollRestoration />
    </div>
  );
}
