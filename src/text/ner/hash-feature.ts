// Features are strings hashed to 32 bits (FNV-1a), so the weights file stores numbers, not strings, and
// no feature text from the training corpus ships. With ~10^6 features a collision touches a handful of
// rare features: far below what pruning already removes.

/** FNV-1a over the UTF-16 code units of `feature`. */
export function hashFeature(feature: string): number {
  let hash = 2166136261;
  for (let i = 0; i < feature.length; i += 1) hash = Math.imul(hash ^ feature.charCodeAt(i), 16777619);
  return hash >>> 0;
}
