// Features are 32-bit integers mixed from a template number and small integer atoms (a word's string hash,
// a tag index), never strings: building ~70 feature strings per parser transition would dominate the
// run time, and a hashed table needs no feature dictionary in the weights file.

/** FNV-1a over the UTF-16 code units of a string. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Folds one more atom into a feature hash (a multiply-xorshift step, so atom order matters). */
export function mixHash(h: number, atom: number): number {
  const x = Math.imul(h ^ atom, 0x9e3779b1);
  return (x ^ (x >>> 16)) >>> 0;
}

const FEATURE_SEED = 0x2545f491;
// The seed mixed with each template number up to 127 (every table's templates), made once: one mix step
// fewer for each of the ~150 features a parsed word looks up.
const TEMPLATE_SEEDS = Uint32Array.from({ length: 128 }, (_, template) => mixHash(FEATURE_SEED, template));

export function hashFeature(template: number, a: number, b = 0, c = 0): number {
  const seed = template >= 0 && template < 128 ? TEMPLATE_SEEDS[template] : mixHash(FEATURE_SEED, template);
  return mixHash(mixHash(mixHash(seed, a), b), c);
}
