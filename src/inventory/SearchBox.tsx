import {
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type SyntheticEvent,
} from 'react';
import { useSearchParams } from 'react-router';
import type { BucketGroup, ProviderId } from './model.ts';
import { formatNumber } from './item-label.ts';
import { SearchHelpButton, SearchHelpPanel, useSearchHelp } from './SearchHelp.tsx';
import { SearchSuggestions } from './SearchSuggestions.tsx';
import { applySuggestion, searchVocabulary, suggest, type Suggestions } from './search/suggest.ts';
import { prepareSearchText } from './search/compile-query.ts';
import type { QueryFix } from './search/near-miss.ts';
import { providerWords } from './search/provider-words.ts';
import { applyFix, reviewQuery } from './search/review-query.ts';
import { sortKeys, sortLabels } from './sort-items.ts';
import type { InventorySearch } from './search/use-inventory-search.ts';
import { withParam } from './search/with-param.ts';

interface SearchBoxProps {
  /** Whose words the box speaks: its suggestions, placeholder and help list only this provider's filters. */
  provider: ProviderId;
  groups: BucketGroup[];
  search: InventorySearch;
  /** The grid's own controls (sort, hide non-matching); the organizer sorts by its columns and lists only matches. */
  gridControls?: boolean;
}

const noSuggestions: Suggestions = { from: 0, to: 0, options: [] };

/** Whether a key press belongs to a field being typed in (a `/` there is text, not a shortcut). */
function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !nonTextInputs.has(target.type);
  return target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}
const nonTextInputs = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image']);

/**
 * The inventory search: a combobox bound to `?q=`, its suggestions, what is wrong with the query and
 * what was likely meant, the help, the match count and the hide toggle, all in the provider's words.
 * `/` anywhere on the page (outside another field) puts the caret in the box.
 */
export function SearchBox({ provider, groups, search, gridControls = true }: SearchBoxProps) {
  const words = providerWords[provider];
  const help = useSearchHelp();
  const [, setParams] = useSearchParams();
  const value = search.text;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // Suggestions complete the word under the caret; null puts it at the end.
  const [caret, setCaret] = useState<number | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const placeCaret = useRef<number | null>(null);
  const listId = useId();
  const errorId = useId();
  // Passes over every item, made when someone turns to the box (or arrives with a query): not while a
  // big vault is first drawn, and not in the first keystroke's frame either.
  const [engaged, setEngaged] = useState(value !== '');
  const vocabulary = useMemo(() => (engaged ? searchVocabulary(groups) : null), [groups, engaged]);
  const engage = () => {
    if (engaged) return;
    prepareSearchText(groups);
    setEngaged(true);
  };
  const suggestions = useMemo(
    () => (vocabulary ? suggest(value, vocabulary, caret ?? value.length, words) : noSuggestions),
    [value, vocabulary, caret, words],
  );
  // What is wrong, in this page's words, and the near misses; the grid has filtered already.
  const nothingMatched = search.matching !== null && search.matchCount === 0;
  const review = useMemo(() => {
    const { error, fixes } = reviewQuery(search.query, words, vocabulary, nothingMatched);
    // The review reads the trimmed query; the box holds its leading spaces too.
    const lead = value.length - value.trimStart().length;
    return { error, fixes: fixes.map((fix) => ({ ...fix, from: fix.from + lead, to: fix.to + lead })) };
  }, [search.query, value, words, vocabulary, nothingMatched]);
  const error = review.error;
  const expanded = open && suggestions.options.length > 0;
  // Sorting by date is offered where the provider dates its items.
  const dated = useMemo(
    () =>
      groups.some((group) =>
        group.buckets.some((bucket) => bucket.items.some((item) => item.acquiredAt !== undefined)),
      ),
    [groups],
  );

  const writeParam = (name: string, next: string) =>
    setParams(
      (previous) => withParam(previous, name, next),
      // At once, not as a transition: the grid should follow a new order or the toggle in the next frame.
      { replace: true, preventScrollReset: true, flushSync: true },
    );

  // The grid follows each keystroke in the same frame; the URL follows when typing pauses.
  const change = (next: string) => {
    search.setText(next);
    setActive(-1);
  };

  const choose = (option: string) => {
    const applied = applySuggestion(value, suggestions, option);
    change(applied.query);
    setCaret(applied.caret);
    placeCaret.current = applied.caret;
  };
  const applyFixAt = (fix: QueryFix) => {
    const applied = applyFix(value, fix);
    change(applied.query);
    setCaret(applied.caret);
    placeCaret.current = applied.caret;
    input.current?.focus();
  };

  // `/` from anywhere on the page but another field: to the box, as on GitHub and in DIM.
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== '/' || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (typingIn(event.target)) return;
      event.preventDefault();
      input.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  // After a completion, the caret goes to the end of what was inserted, wherever that is.
  useLayoutEffect(() => {
    if (placeCaret.current === null || !input.current) return;
    input.current.setSelectionRange(placeCaret.current, placeCaret.current);
    placeCaret.current = null;
  });
  const trackCaret = (event: SyntheticEvent<HTMLInputElement>) => setCaret(event.currentTarget.selectionStart);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = suggestions.options.length;
    if (event.key === 'ArrowDown' && count > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((index) => (index + 1) % count);
    } else if (event.key === 'ArrowUp' && count > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((index) => (index <= 0 ? count - 1 : index - 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (expanded && active >= 0) choose(suggestions.options[active]!);
      else search.flush();
    } else if (event.key === 'Escape' && expanded) {
      // Taken: the suggestions close, and nothing else (the help, the box's text) answers this key.
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <div className="relative min-w-64 flex-1">
          <input
            type="search"
            role="combobox"
            aria-label="Search items"
            aria-expanded={expanded}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
            aria-invalid={error ? true : undefined}
            aria-describedby={error || review.fixes.length > 0 ? errorId : undefined}
            aria-keyshortcuts="/"
            placeholder={words.placeholder}
            spellCheck={false}
            autoComplete="off"
            ref={input}
            value={value}
            onChange={(event) => {
              setOpen(true);
              change(event.target.value);
              trackCaret(event);
            }}
            onSelect={trackCaret}
            onKeyDown={onKeyDown}
            onFocus={engage}
            onBlur={() => {
              setOpen(false);
              // Before a click elsewhere navigates: the page left behind keeps its query for Back.
              search.flush();
            }}
            className="w-full rounded-md border border-slate-700 bg-slate-900 px-3 py-2 text-sm text-slate-100 placeholder:text-slate-400 focus-visible:border-sky-300"
          />
          {expanded && (
            <SearchSuggestions id={listId} options={suggestions.options} active={active} onChoose={choose} />
          )}
        </div>
        <SearchHelpButton help={help} />
        {gridControls && (
          <>
            <label className="flex items-center gap-2 text-sm text-slate-300">
              Sort
              <select
                value={search.sortKey}
                onChange={(event) => writeParam('sort', event.target.value === 'default' ? '' : event.target.value)}
                className="rounded-md border border-slate-700 bg-slate-900 px-2 py-1.5 text-sm text-slate-100"
              >
                {sortKeys
                  .filter((key) => key !== 'acquired' || dated)
                  .map((key) => (
                    <option key={key} value={key}>
                      {sortLabels[key]}
                    </option>
                  ))}
              </select>
            </label>
            <label className="flex min-h-6 items-center gap-2 text-sm text-slate-300">
              <input
                type="checkbox"
                checked={search.hideNonMatching}
                onChange={(event) => writeParam('hide', event.target.checked ? '1' : '')}
                className="size-5 accent-accent"
              />
              Hide non-matching
            </label>
          </>
        )}
        <p aria-live="polite" className="text-sm text-slate-400 tabular-nums">
          {search.matching && `${formatNumber(search.matchCount)} of ${formatNumber(search.total)} items`}
        </p>
      </div>
      {(error || review.fixes.length > 0) && (
        <div id={errorId} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm">
          {error && (
            <p role="alert" className="text-amber-300">
              {error}
            </p>
          )}
          {review.fixes.map((fix) => (
            <button
              key={`${fix.from}:${fix.text}`}
              type="button"
              // Mouse down would blur the box, writing the mistyped query to the URL first.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => applyFixAt(fix)}
              className="rounded text-accent underline decoration-dotted underline-offset-2 hover:text-slate-50"
            >
              Did you mean <code className="font-mono">{fix.text}</code>?
            </button>
          ))}
        </div>
      )}
      <SearchHelpPanel help={help} provider={provider} />
    </div>
  );
}
