// Features are 32-bit integers mixed from a template number and small integer parts (a word's string
// hash, a capitalisation class, a list's bit), never strings: building ~40 feature strings per token and
// hashing them was most of the recogniser's time. The weights file stores the hashes, so no feature text
// from the training corpus ships. With ~10^6 features a collision touches a handful of rare features: far
// below what pruning already removes.

/**
 * FNV-1a over the UTF-16 code units of text[from, to), as a signed 32-bit integer: V8 keeps those unboxed
 * (small integers), where unsigned values above 2^31 become heap numbers and cost a third of tagging time.
 */
export function hashText(text: string, from = 0, to = text.length): number {
  let hash = 2166136261 | 0;
  for (let i = from; i < to; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return hash;
}

/** Folds one more part into a feature hash (multiply-xorshift, so the parts' order matters). */
function mix(hash: number, part: number): number {
  const x = Math.imul(hash ^ part, 0x9e3779b1);
  return x ^ (x >>> 16);
}

/** One feature: its template (FEATURE) and up to three integer parts. */
export function hashParts(template: number, a = 0, b = 0, c = 0): number {
  return mix(mix(mix(mix(0x2545f491, template), a), b), c);
}
