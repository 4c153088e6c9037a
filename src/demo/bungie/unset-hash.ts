/** FNV-1's offset basis, the hash of nothing: Bungie's "no hash" in fields that are never looked up. */
export const UNSET_HASH = 2166136261;
