/** Shown for the moment before the first route's code and loader are ready. */
export function AppLoading() {
  return (
    <div className="grid min-h-screen place-items-center" aria-busy="true">
      <img src="/favicon.svg" alt="Loading Gearview" className="size-10 animate-pulse" />
    </div>
  );
}
