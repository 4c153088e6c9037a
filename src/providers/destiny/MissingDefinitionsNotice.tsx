/** What Bungie left out, for each page that can be answered without definitions. */
export type MissingDefinitions =
  { page: 'inventory'; missing: number; total: number } | { page: 'item' } | { page: 'account' };

function noticeText(what: MissingDefinitions): string {
  switch (what.page) {
    case 'inventory':
      return what.missing < what.total
        ? `Bungie sent no definitions for ${what.missing} of ${what.total} items, so those are shown by their number, without their names and pictures.`
        : "Bungie sent this inventory without item definitions, so item names and pictures are missing: each item is shown by its number. Buckets, stats and elements are named from Gearview's own Destiny 1 tables.";
    case 'item':
      return "Bungie sent this item without its definition, so its name, picture, perks and talent grid are missing. Stats and element are named from Gearview's own Destiny 1 tables.";
    case 'account':
      return "Bungie sent this account without definitions: classes, races and genders are named from Gearview's own Destiny 1 tables.";
  }
}

/** A calm note, not an error: everything the answer did hold stays on the page. */
export function MissingDefinitionsNotice(props: MissingDefinitions) {
  return (
    <p role="note" className="rounded-lg border border-sky-800/70 bg-sky-950/40 px-4 py-3 text-sm text-slate-200">
      {noticeText(props)}
    </p>
  );
}
