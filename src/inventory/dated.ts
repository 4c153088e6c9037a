/** `{ acquiredAt }` from a provider's date text, or nothing when it is absent or unreadable. */
export function dated(text: string | null | undefined): { acquiredAt?: number } {
  const time = text ? Date.parse(text) : NaN;
  return Number.isNaN(time) ? {} : { acquiredAt: time };
}
