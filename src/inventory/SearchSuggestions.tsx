interface SearchSuggestionsProps {
  id: string;
  options: string[];
  active: number;
  onChoose: (option: string) => void;
}

/** The combobox's listbox; options are chosen by click or by Enter in the box (which keeps focus). */
export function SearchSuggestions({ id, options, active, onChoose }: SearchSuggestionsProps) {
  return (
    <ul
      id={id}
      role="listbox"
      aria-label="Suggestions"
      className="absolute inset-x-0 top-full z-40 mt-1 overflow-hidden rounded-md border border-slate-700 bg-slate-900 py-1 shadow-xl"
    >
      {options.map((option, index) => (
        // eslint-disable-next-line jsx-a11y/click-events-have-key-events -- keys are the combobox input's (aria-activedescendant), as ARIA's combobox pattern has it
        <li
          key={option}
          id={`${id}-${index}`}
          role="option"
          aria-selected={index === active}
          // Mouse down would blur the box and close the list before the click lands.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onChoose(option)}
          className={`cursor-pointer px-3 py-1.5 font-mono text-sm ${index === active ? 'bg-accent/20 text-slate-50' : 'text-slate-300 hover:bg-slate-800'}`}
        >
          {option}
        </li>
      ))}
    </ul>
  );
}
