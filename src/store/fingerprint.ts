// Near-duplicate fingerprints: MinHash (Broder 1997) over word 3-shingles of the cleaned text, with
// locality-sensitive banding so the store finds candidates by an indexed equality lookup (SQLite and
// PostgreSQL alike) instead of comparing against every stored document. The signature's share of equal
// minima estimates the Jaccard resemblance of the two shingle sets. (A 64-bit SimHash was tried first:
// on an 850-word report, one reworded sentence and a new masthead already moved it 4 bits.)
import { CONFIG } from "../config.js";

export type Fingerprint = { signature: number[]; buckets: string[] };

// FNV-1a's 32-bit offset basis and prime; hashes end in a finaliser so every bit is mixed.
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

const SEEDS = Int32Array.from({ length: CONFIG.minHashPermutations }, (_, i) =>
  mix(0x9e3779b9 ^ Math.imul(i + 1, 0x85ebca6b)),
);

export function fingerprintText(text: string): Fingerprint {
  const lower = text.toLowerCase();
  const words = findWords(lower);
  const count = words.length / 2;
  // A minimum over repeated shingles is the minimum over the distinct ones, so no set is needed: a Set of hashes
  // past 2^31 (heap numbers) cost more than the repeats it saved.
  const shingles = new Int32Array(Math.max(1, count - 2));
  for (let i = 0; i < shingles.length; i++) shingles[i] = hashShingle(lower, words, i, Math.min(i + 3, count));
  const signature = minHashes(shingles);
  return { signature, buckets: bandBuckets(signature) };
}

/** Start and end offsets of each run of letters and digits (what /[\p{L}\p{N}]+/gu matches), as pairs: a save read
 * every word as a string of its own, then joined each three into another, which cost more than the hashing. */
function findWords(text: string): Int32Array {
  // A word takes a character and is followed by another that is not one: at most (length + 1) / 2 words.
  const bounds = new Int32Array(text.length + 1);
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    const width = code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
    const isWordChar = code < 128 ? ASCII_WORD_CHARS[code] === 1 : isNonAsciiWordChar(text, i);
    if (isWordChar !== inWord) bounds[n++] = i;
    inWord = isWordChar;
    i += width;
  }
  if (inWord) bounds[n++] = text.length;
  return bounds.subarray(0, n);
}

const ASCII_WORD_CHARS = Uint8Array.from({ length: 128 }, (_, c) =>
  /[\p{L}\p{N}]/u.test(String.fromCharCode(c)) ? 1 : 0,
);

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Sticky: tests the code point at lastIndex, which isNonAsciiWordChar sets before each test. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/uy;

function isNonAsciiWordChar(text: string, at: number): boolean {
  LETTER_OR_DIGIT.lastIndex = at;
  return LETTER_OR_DIGIT.test(text);
}

/** FNV-1a, finalised, of words first..end-1 (offsets in `words`) joined by spaces, without building the string; as
 * an int32 (the same bits as the unsigned hash). */
function hashShingle(text: string, words: Int32Array, first: number, end: number): number {
  let h = FNV_OFFSET;
  for (let w = first; w < end; w++) {
    if (w > first) h = Math.imul(h ^ 0x20, FNV_PRIME);
    for (let i = words[2 * w]!; i < words[2 * w + 1]!; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  }
  return mix(h) | 0;
}

/** Each seed's least hash over the shingles: the seeds x shingles loop is most of a fingerprint's CPU. Four seeds
 * share a pass over the shingles (one load of each, four independent chains the CPU overlaps), each keeps its minimum
 * in a local (no typed-array store per shingle), and hashes are compared with the sign bit flipped, which orders
 * int32s as their unsigned values and so keeps the loop on small integers (int32 arrays, not uint32: a uint32 past
 * 2^31 is a double). */
function minHashes(shingles: Int32Array): number[] {
  const signature = new Array<number>(SEEDS.length);
  let k = 0;
  for (; k + 4 <= SEEDS.length; k += 4) {
    const s0 = SEEDS[k]!;
    const s1 = SEEDS[k + 1]!;
    const s2 = SEEDS[k + 2]!;
    const s3 = SEEDS[k + 3]!;
    let m0 = LARGEST;
    let m1 = LARGEST;
    let m2 = LARGEST;
    let m3 = LARGEST;
    for (let i = 0; i < shingles.length; i++) {
      const shingle = shingles[i]!;
      const h0 = flippedMix(shingle ^ s0);
      const h1 = flippedMix(shingle ^ s1);
      const h2 = flippedMix(shingle ^ s2);
      const h3 = flippedMix(shingle ^ s3);
      if (h0 < m0) m0 = h0;
      if (h1 < m1) m1 = h1;
      if (h2 < m2) m2 = h2;
      if (h3 < m3) m3 = h3;
    }
    signature[k] = unflip(m0);
    signature[k + 1] = unflip(m1);
    signature[k + 2] = unflip(m2);
    signature[k + 3] = unflip(m3);
  }
  for (; k < SEEDS.length; k++) {
    let least = LARGEST;
    for (let i = 0; i < shingles.length; i++) least = Math.min(least, flippedMix(shingles[i]! ^ SEEDS[k]!));
    signature[k] = unflip(least);
  }
  return signature;
}

/** 0xffffffff with its sign bit flipped. */
const LARGEST = 0x7fffffff;

/** Murmur3's finaliser with the sign bit flipped: int32s in the order of the unsigned hashes. */
function flippedMix(x: number): number {
  let h = x;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h ^ 0x80000000;
}

const unflip = (h: number) => (h ^ 0x80000000) >>> 0;

/** Estimated Jaccard resemblance of two documents' shingle sets: the share of equal signature minima. */
export function estimateResemblance(a: number[], b: number[]): number {
  let equal = 0;
  for (let k = 0; k < a.length; k++) if (a[k] === b[k]) equal += 1;
  return equal / a.length;
}

export function encodeSignature(signature: number[]): string {
  return signature.map((n) => n.toString(16).padStart(8, "0")).join("");
}

export function decodeSignature(encoded: string): number[] {
  return Array.from({ length: encoded.length / 8 }, (_, k) => parseInt(encoded.slice(k * 8, k * 8 + 8), 16));
}

/** One bucket key per band of rows, for the first `minHashBands` bands: documents agreeing on a whole band are
 * candidates. */
function bandBuckets(signature: number[]): string[] {
  const count = Math.min(CONFIG.minHashBands, Math.ceil(signature.length / CONFIG.minHashBandRows));
  return Array.from({ length: count }, (_, band) => bandBucket(signature, band));
}

/** A band's bucket key: FNV-1a, finalised, of the band's numbers in decimal joined by commas, hashed digit by digit
 * without building the string. */
export function bandBucket(signature: number[], band: number): string {
  const rows = CONFIG.minHashBandRows;
  const start = band * rows;
  let h = FNV_OFFSET;
  for (let k = start; k < Math.min(start + rows, signature.length); k++) {
    if (k > start) h = Math.imul(h ^ 0x2c, FNV_PRIME);
    h = fnv1aDecimal(h, signature[k]!);
  }
  return mix(h).toString(16).padStart(8, "0");
}

/** FNV-1a over the decimal digits of a non-negative integer, as over String(n). */
function fnv1aDecimal(start: number, n: number): number {
  let unit = 1;
  while (unit * 10 <= n) unit *= 10;
  let h = start;
  for (; unit >= 1; unit /= 10) h = Math.imul(h ^ (0x30 + (Math.floor(n / unit) % 10)), FNV_PRIME);
  return h;
}

/** Murmur3's 32-bit finaliser. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
