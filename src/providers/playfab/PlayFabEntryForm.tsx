import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { playfabPaths } from './paths.ts';

const TITLE_ID = /^[A-Za-z0-9]{1,32}$/;
/** What the field asks for: PlayFab ids are 16 hex digits, taken in either case and sent as PlayFab writes them. */
const PLAYFAB_ID = /^[0-9a-f]{16}$/i;

/** Title id and PlayFab id lead straight to the player's page: PlayFab has no search by name for us. */
export function PlayFabEntryForm({ titleId = '' }: { titleId?: string }) {
  const navigate = useNavigate();
  const [problem, setProblem] = useState('');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const title = String(form.get('titleId') ?? '').trim();
    const player = String(form.get('playFabId') ?? '').trim();
    if (!TITLE_ID.test(title)) return setProblem('A title id is 1 to 32 letters or digits.');
    if (!PLAYFAB_ID.test(player)) return setProblem('A PlayFab id is 16 hex digits (0 to 9 and A to F).');
    setProblem('');
    navigate(playfabPaths.player(title, player.toUpperCase()));
  };
  const field =
    'rounded-md border border-slate-600 bg-slate-900 px-3 py-2 font-mono text-slate-100 placeholder:text-slate-400';
  return (
    <form onSubmit={submit} aria-label="Open a PlayFab player" className="space-y-2">
      <div className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1 text-sm text-slate-300">
          Title id
          <input
            name="titleId"
            required
            maxLength={32}
            defaultValue={titleId}
            placeholder="E3F1A"
            className={`w-32 ${field}`}
          />
        </label>
        <label className="flex min-w-56 flex-1 flex-col gap-1 text-sm text-slate-300">
          PlayFab id
          <input name="playFabId" required maxLength={64} placeholder="16 hex digits" className={field} />
        </label>
        <button
          type="submit"
          className="rounded-md bg-accent px-5 py-2 font-semibold text-slate-950 hover:brightness-110"
        >
          Open
        </button>
      </div>
      {problem && <p className="text-sm text-amber-300">{problem}</p>}
    </form>
  );
}
