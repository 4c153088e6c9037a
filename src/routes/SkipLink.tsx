/** The first stop of the Tab key: past the header to the page itself. */
export function SkipLink({ target }: { target: string }) {
  return (
    <a
      href={`#${target}`}
      // Focus moves by script: a hash change would be a navigation for the router, and would not move focus in every browser.
      onClick={(event) => {
        event.preventDefault();
        document.getElementById(target)?.focus();
      }}
      className="sr-only rounded-md bg-slate-50 px-4 py-2 font-semibold text-slate-950 focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50"
    >
      Skip to main content
    </a>
  );
}
