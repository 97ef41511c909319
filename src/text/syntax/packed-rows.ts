// A read-only hashed weight table holding only its non-zero rows. The dense int16 tables (about 70 MB for
// the tagger, transitions and labeller) are mostly zero rows, and every feature lookup is a random read:
// scoring was bound by cache and TLB misses, not arithmetic. Here a bitmap says whether a row exists and a
// running count beside each bitmap word gives its place among the stored rows (rank/select), so a lookup
// touches a ~1 MB index and a few MB of rows. Wide rows (the labeller's 51 relations, the tagger's 17 tags)
// keep only their non-zero classes, as (weight << 8 | class) entries: ~4 per row instead of 51 additions.
// The weights are integers (int16), so the sums are exact in float64 and do not depend on the order of
// addition: the scores, hence every tag, head and relation, are those of the dense table.

/** Rows with at most this many classes are stored whole (a per-row start would cost more than the zeros). */
const WHOLE_ROW_CLASSES = 4;

export type PackedRows = {
  /** Per 32 rows: a bitmap of the stored rows, then how many rows are stored before them (interleaved,
   * so one cache line answers both). */
  index: Int32Array;
  /** Whole rows: `classes` weights per stored row. Sparse rows: entries `weight << 8 | class`. */
  values: Int16Array | Int32Array;
  /** Sparse rows only: where each stored row's entries start (one more than the rows, for the end). */
  starts: Int32Array | null;
};

/** Packs the non-zero rows `rows` (ascending row numbers) with their `classes` weights each in `values`. */
export function packRows(classes: number, bits: number, rows: Uint32Array, values: Int16Array): PackedRows {
  if (classes > 256) throw new Error(`a packed table keeps a class in 8 bits, not ${classes} classes`);
  const index = new Int32Array(Math.max(2, (1 << bits) >>> 4));
  for (let r = 0; r < rows.length; r++) {
    if (r > 0 && rows[r] <= rows[r - 1]) throw new Error("packed rows must come in ascending order");
    index[(rows[r] >>> 5) << 1] |= 1 << (rows[r] & 31);
  }
  for (let w = 0, before = 0; w < index.length; w += 2) {
    index[w + 1] = before;
    before += countBits(index[w]);
  }
  if (classes <= WHOLE_ROW_CLASSES) return { index, values, starts: null };
  return { index, ...keepNonZero(classes, rows.length, values) };
}

function keepNonZero(classes: number, rows: number, values: Int16Array): { values: Int32Array; starts: Int32Array } {
  const starts = new Int32Array(rows + 1);
  let count = 0;
  for (const v of values) if (v !== 0) count++;
  const entries = new Int32Array(count);
  let k = 0;
  for (let r = 0; r < rows; r++) {
    starts[r] = k;
    for (let c = 0; c < classes; c++) {
      const v = values[r * classes + c];
      if (v !== 0) entries[k++] = (v << 8) | c;
    }
  }
  starts[rows] = k;
  return { values: entries, starts };
}

/** Adds each feature's row into `scores` (length >= classes), which the caller zeroes. */
export function addPackedScores(
  table: PackedRows,
  classes: number,
  bits: number,
  features: ArrayLike<number>,
  count: number,
  scores: Float64Array,
): void {
  const { index, values, starts } = table;
  const mask = (1 << bits) - 1;
  for (let f = 0; f < count; f++) {
    const row = features[f] & mask;
    const at = (row >>> 5) << 1;
    const below = index[at] & ((1 << (row & 31)) - 1);
    if ((index[at] >>> (row & 31)) & 1) {
      const stored = index[at + 1] + countBits(below);
      if (starts === null) {
        const from = stored * classes;
        for (let c = 0; c < classes; c++) scores[c] += values[from + c];
      } else {
        for (let e = starts[stored], end = starts[stored + 1]; e < end; e++) scores[values[e] & 255] += values[e] >> 8;
      }
    }
  }
}

function countBits(word: number): number {
  let x = word - ((word >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}
