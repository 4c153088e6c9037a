import { useEffect, useId, useMemo, useRef, useState, type RefObject } from 'react';
import type { ProviderId } from './model.ts';
import { providerWords } from './search/provider-words.ts';
import { searchHelp } from './search/search-help.ts';

/** The state the help's button and panel share; the box lays them out apart (the panel below its messages). */
export interface SearchHelpState {
  open: boolean;
  setOpen(open: boolean | ((was: boolean) => boolean)): void;
  panelId: string;
  button: RefObject<HTMLButtonElement | null>;
}

export function useSearchHelp(): SearchHelpState {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  return { open, setOpen, panelId, button };
}

/** "Search help": a disclosure button beside the box. */
export function SearchHelpButton({ help }: { help: SearchHelpState }) {
  return (
    <button
      ref={help.button}
      type="button"
      aria-expanded={help.open}
      // The panel is in the page only while open (a hidden one would still space the box's column).
      aria-controls={help.open ? help.panelId : undefined}
      onClick={() => help.setOpen((was) => !was)}
      className="rounded-md border border-slate-700 px-2.5 py-1.5 text-sm text-slate-300 hover:bg-slate-800 hover:text-slate-100"
    >
      Search help
    </button>
  );
}

/**
 * Every filter and keyword of the page's provider with an example, while the help is open. Escape
 * closes it (unless the box's suggestions take the key first), handing focus back to the button
 * when it was inside.
 */
export function SearchHelpPanel({ help, provider }: { help: SearchHelpState; provider: ProviderId }) {
  const { open, setOpen, button } = help;
  const panel = useRef<HTMLDivElement>(null);
  const lines = useMemo(() => searchHelp(provider), [provider]);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      if (panel.current?.contains(document.activeElement)) button.current?.focus();
      setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open, setOpen, button]);

  if (!open) return null;
  return (
    <div
      id={help.panelId}
      ref={panel}
      className="rounded-md border border-slate-700 bg-slate-900 p-4 text-sm text-slate-300"
    >
      <h2 className="mb-1 font-semibold text-slate-100">Searching {providerWords[provider].name} items</h2>
      <p className="mb-3 text-slate-400">
        Press <kbd className="rounded border border-slate-600 px-1 font-mono">/</kbd> anywhere on the page to search;
        suggestions follow the word being typed.
      </p>
      <table className="w-full border-collapse text-left">
        <thead className="sr-only">
          <tr>
            <th scope="col">Example</th>
            <th scope="col">Matches</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.examples.join(' ')} className="border-t border-slate-800 align-baseline">
              <td className="w-2/5 py-1.5 pr-4">
                <ul className="flex flex-wrap gap-x-3 gap-y-0.5">
                  {line.examples.map((example) => (
                    <li key={example}>
                      <code className="font-mono break-all text-slate-100">{example}</code>
                    </li>
                  ))}
                </ul>
              </td>
              <td className="py-1.5">{line.meaning}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
