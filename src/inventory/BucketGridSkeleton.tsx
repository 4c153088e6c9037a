/** The grid's shape while its data loads, so the page does not jump when it arrives. */
export function BucketGridSkeleton() {
  return (
    <div aria-busy="true" aria-label="Loading inventory" className="space-y-8">
      {[0, 1].map((group) => (
        <div key={group}>
          <div className="mb-3 h-6 w-32 animate-pulse rounded bg-slate-800" />
          <div className="grid grid-cols-1 gap-3 md:grid-cols-2 xl:grid-cols-3">
            {[0, 1, 2].map((bucket) => (
              <div key={bucket} className="rounded-lg border border-slate-800 bg-slate-900/60 p-3">
                <div className="mb-3 h-4 w-24 animate-pulse rounded bg-slate-800" />
                <div className="flex flex-wrap gap-2">
                  {Array.from({ length: 6 }, (_, tile) => (
                    <div key={tile} className="size-16 animate-pulse rounded-md bg-slate-800" />
                  ))}
                </div>
              </div>
            ))}
          </div>
        </div>
      ))}
    </div>
  );
}
