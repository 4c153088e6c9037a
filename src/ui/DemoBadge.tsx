/** Marks data served by the embedded demo upstream, so nobody mistakes it for a real account. */
export function DemoBadge() {
  return (
    <span
      title="This data comes from Gearview's built-in demo server, not from the real provider."
      className="inline-flex items-center gap-1 rounded-full whitespace-nowrap border border-amber-400/50 bg-amber-400/10 px-2.5 py-0.5 text-xs font-semibold tracking-wide text-amber-300 uppercase"
    >
      Demo data
    </span>
  );
}
