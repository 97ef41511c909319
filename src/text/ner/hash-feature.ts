// Features are strings hashed to 32 bits (FNV-1a), so the weights file stores numbers, not strings, and
// no feature text from the training corpus ships. With ~10^6 features a collision touches a handful of
// rare features: far below what pruning already removes.

/**
 * FNV-1a over the UTF-16 code units of `feature`, as a signed 32-bit integer: V8 keeps those unboxed
 * (small integers), where unsigned values above 2^31 become heap numbers and cost a third of tagging time.
 */
export function hashFeature(feature: string): number {
  let hash = 2166136261 | 0;
  for (let i = 0; i < feature.length; i += 1) hash = Math.imul(hash ^ feature.charCodeAt(i), 16777619);
  return hash;
}
