/**
 * Bungie names images by site-relative path (`/common/destiny_content/icons/…`). The browser
 * loads them through our proxy at the same path, so live and demo differ only in the origin the
 * server uses. Anything else (absolute URLs, odd paths) is not loaded at all.
 */
const ICON_PATH =
  /^\/?((?:common\/destiny_content\/icons|img\/(?:destiny_content|theme\/destiny|misc))(?:\/[\w.-]+)+)$/;

export function bungieIcon(path: string | undefined | null): string | null {
  if (!path) return null;
  const match = ICON_PATH.exec(path);
  if (!match || path.includes('..')) return null;
  return `/api/bungie/${match[1]}`;
}
