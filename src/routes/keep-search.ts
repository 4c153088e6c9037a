/** The search's parameters: what goes along when a person moves between views of the same items. */
const searchParams = ['q', 'sort', 'hide'] as const;

/** `path` with the current page's search and sort added, so switching character keeps what was typed. */
export function keepSearch(path: string, current: URLSearchParams): string {
  const url = new URL(path, 'http://gearview.invalid');
  for (const name of searchParams) {
    const value = current.get(name);
    if (value) url.searchParams.set(name, value);
  }
  return `${url.pathname}${url.search}`;
}
