interface NotSentNoteProps {
  /** What was counted, plural ("talent nodes", "stats"). */
  what: string;
  sent: number;
  defined: number;
  /** Names of what is missing, where known. */
  missing?: string[];
}

const names = new Intl.ListFormat('en', { type: 'conjunction' });

/** Under a panel that shows only part of what the item's definition has: how much Bungie sent, and that the rest was not. */
export function NotSentNote({ what, sent, defined, missing }: NotSentNoteProps) {
  const rest = missing?.length
    ? `${names.format(missing)} ${missing.length === 1 ? 'was' : 'were'} not sent`
    : 'the rest were not sent';
  return (
    <p className="text-xs text-slate-300">
      Bungie sent {sent} of {defined} {what}; {rest}.
    </p>
  );
}
