import { Form } from 'react-router';
import { platforms } from './platforms.ts';

interface PlayerSearchFormProps {
  platform: string;
  name: string;
}

/** A GET form: the search lands in the URL (`/?platform=2&name=…`), so results are a link too. */
export function PlayerSearchForm({ platform, name }: PlayerSearchFormProps) {
  return (
    <Form method="get" role="search" aria-label="Find a Destiny player" className="flex flex-wrap items-end gap-3">
      <label className="flex flex-col gap-1 text-sm text-slate-300">
        Platform
        <select
          name="platform"
          defaultValue={platform}
          className="rounded-md border border-slate-600 bg-slate-900 px-3 py-2 text-slate-100"
        >
          <option value="-1">All platforms</option>
          {platforms.map((p) => (
            <option key={p.membershipType} value={p.membershipType}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <label className="flex min-w-56 flex-1 flex-col gap-1 text-sm text-slate-300">
        Player name
        <input
          name="name"
          type="search"
          required
          maxLength={100}
          defaultValue={name}
          placeholder="Gamertag or PSN id"
          className="rounded-md border border-slate-600 bg-slate-900 px-3 py-2 text-slate-100 placeholder:text-slate-400"
        />
      </label>
      <button
        type="submit"
        className="rounded-md bg-accent px-5 py-2 font-semibold text-slate-950 hover:brightness-110"
      >
        Search
      </button>
    </Form>
  );
}
