/**
 * Declared shared: route patterns in React Router's `:name` syntax, filled in to make links and
 * matched to read a URL back, by the browser and the server's link previews alike.
 */

type ParamNames<Pattern extends string> = Pattern extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNames<Rest>
  : Pattern extends `${string}:${infer Name}`
    ? Name
    : never;

/** The values a pattern's `:name` parameters take, by name. */
export type PatternParams<Pattern extends string> = Record<ParamNames<Pattern>, string | number>;

const PARAM = /:(\w+)/g;

/** The path of a pattern with its parameters filled in, each encoded, so no value can add a path segment. */
export function fillPattern<Pattern extends string>(pattern: Pattern, params: PatternParams<Pattern>): string {
  const values: Record<string, string | number> = params;
  return pattern.replace(PARAM, (_, name: string) => encodeURIComponent(String(values[name])));
}

/** The decoded parameters of a pathname that fits the pattern (a trailing slash allowed), or null. */
export function matchPattern<Pattern extends string>(
  pattern: Pattern,
  pathname: string,
): Record<ParamNames<Pattern>, string> | null {
  const expected = pattern.split('/');
  const actual = (pathname.length > 1 && pathname.endsWith('/') ? pathname.slice(0, -1) : pathname).split('/');
  if (actual.length !== expected.length) return null;
  const params: Record<string, string> = {};
  for (const [index, part] of expected.entries()) {
    const value = actual[index] ?? '';
    if (!part.startsWith(':')) {
      if (part !== value) return null;
    } else {
      if (!value) return null;
      try {
        params[part.slice(1)] = decodeURIComponent(value);
      } catch {
        return null; // A malformed escape names nothing.
      }
    }
  }
  return params as Record<ParamNames<Pattern>, string>;
}
