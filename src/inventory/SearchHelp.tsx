import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ProviderId } from './model.ts';
import { providerWords } from './search/provider-words.ts';
import { searchHelp } from './search/search-help.ts';

/**
 * "Search help": a disclosure button beside the box and, while open, a panel on a line of its own
 * (in the box's row, which wraps) listing every filter of the page's provider with an example.
 * Escape closes it, handing focus back to the button when it was inside.
 */
export function SearchHelp({ provider }: { provider: ProviderId }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const lines = useMemo(() => searchHelp(provider), [provider]);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      // Closing the box's suggestions takes the key first.
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      if (panel.current?.contains(document.activeElement)) button.current?.focus();
      setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  return (
    <>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((was) => !was)}
        className="rounded-md border border-slate-700 px-2.5 py-1.5 text-sm text-slate-300 hover:bg-slate-800 hover:text-slate-100 focus-visible:outline-2 focus-visible:outline-accent"
      >
        Search help
      </button>
      <div
        id={panelId}
        ref={panel}
        hidden={!open}
        className="order-last basis-full rounded-md border border-slate-700 bg-slate-900 p-4 text-sm text-slate-300"
      >
        {open && (
          <>
            <h2 className="mb-1 font-semibold text-slate-100">Searching {providerWords[provider].name} items</h2>
            <p className="mb-3 text-slate-400">
              Press <kbd className="rounded border border-slate-600 px-1 font-mono">/</kbd> anywhere on the page to
              search; suggestions follow the word being typed.
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
                    <td className="py-1.5 pr-4">
                      <ul className="flex flex-wrap gap-x-2 gap-y-0.5">
                        {line.examples.map((example) => (
                          <li key={example}>
                            <code className="font-mono text-slate-100">{example}</code>
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td className="py-1.5">{line.meaning}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </div>
    </>
  );
}
