// Features are 32-bit integers mixed from a template number and small integer atoms (a word's string hash,
// a tag index), never strings: building ~70 feature strings per parser transition would dominate the
// run time, and a hashed table needs no feature dictionary in the weights file.

/** FNV-1a over the UTF-16 code units of a string. */
export function hashString(text: string): number {
  return hashRange(text, 0, text.length);
}

/** hashString(text.slice(from, to)) without making the slice (a function of its own: hashString is passed to map). */
export function hashRange(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
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

/**
 * A features function's templates as data: feature i is hashFeature(first + i, values[a], values[b], values[c])
 * for the slots [a, b, c] of `slots[i]` (missing slots read slot 0, which must hold 0). Stored four numbers a
 * feature: the template's seed, then the three slots.
 */
export function makeFeatureTable(slots: readonly (readonly number[])[], first = 0): Int32Array {
  const table = new Int32Array(4 * slots.length);
  slots.forEach((atoms, i) => {
    const template = first + i;
    if (atoms.length > 3) throw new Error(`feature ${template} combines ${atoms.length} values, at most 3`);
    table[4 * i] = template >= 0 && template < 128 ? TEMPLATE_SEEDS[template] : mixHash(FEATURE_SEED, template);
    atoms.forEach((slot, k) => {
      table[4 * i + 1 + k] = slot;
    });
  });
  return table;
}

/**
 * Every feature of `table` (makeFeatureTable) over a state's `values`, into `out`; returns how many. The same
 * numbers as hashFeature, in one loop: a function that calls hashFeature dozens of times outgrows V8's
 * inlining budget, and each call left out boxes its 32-bit result as a heap number.
 */
export function hashFeatureTable(table: Int32Array, values: Int32Array, out: Int32Array): number {
  const count = table.length >> 2;
  for (let f = 0, at = 0; f < count; f++, at += 4) {
    const h = mixHash(mixHash(table[at], values[table[at + 1]]), values[table[at + 2]]);
    out[f] = mixHash(h, values[table[at + 3]]);
  }
  return count;
}
