/**
 * A CSS `url()` for a value set through the CSSOM. Quoted, with the characters that could end the
 * string or the line escaped, so an odd URL from a provider can never reach past its own property.
 */
export function cssUrl(url: string): string {
  return `url("${url.replace(/["\\\n\r\f]/g, (character) => `\\${character.charCodeAt(0).toString(16)} `)}")`;
}
