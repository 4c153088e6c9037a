/**
 * Whether a body is whole JSON: one cut short still opens like JSON, and kept it would break
 * every page for its whole TTL. A runtime may answer off the event loop (a big inventory takes
 * 100 ms or more to parse, and nothing else would run meanwhile).
 */
export type JsonCheck = (bytes: Uint8Array) => boolean | Promise<boolean>;

const utf8 = new TextDecoder();

/** In place: what runtimes without a cheaper way use. */
export const parsesAsJson: JsonCheck = (bytes) => {
  try {
    JSON.parse(utf8.decode(bytes));
    return true;
  } catch {
    return false;
  }
};
