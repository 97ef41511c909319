// Near-duplicate fingerprints: MinHash (Broder 1997) over word 3-shingles of the cleaned text, with
// locality-sensitive banding so the store finds candidates by an indexed equality lookup (SQLite and
// PostgreSQL alike) instead of comparing against every stored document. The signature's share of equal
// minima estimates the Jaccard resemblance of the two shingle sets. (A 64-bit SimHash was tried first:
// on an 850-word report, one reworded sentence and a new masthead already moved it 4 bits.)
import { CONFIG } from "../config.js";

export type Fingerprint = { signature: number[]; buckets: string[] };

const SEEDS = Uint32Array.from({ length: CONFIG.minHashPermutations }, (_, i) =>
  mix(0x9e3779b9 ^ Math.imul(i + 1, 0x85ebca6b)),
);

export function fingerprintText(text: string): Fingerprint {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const shingles = new Set<number>();
  for (let i = 0; i < Math.max(1, words.length - 2); i++) shingles.add(hashString(words.slice(i, i + 3).join(" ")));
  // Typed arrays keep the 128 x shingles inner loop on unboxed 32-bit integers (it was most of a save's CPU).
  const minima = new Uint32Array(SEEDS.length).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let k = 0; k < SEEDS.length; k++) {
      const h = mix(shingle ^ SEEDS[k]);
      if (h < minima[k]) minima[k] = h;
    }
  }
  const signature = Array.from(minima);
  return { signature, buckets: bandBuckets(signature) };
}

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

/** One bucket key per band of rows: documents agreeing on a whole band are candidates. */
function bandBuckets(signature: number[]): string[] {
  const rows = CONFIG.minHashBandRows;
  const buckets: string[] = [];
  for (let start = 0; start < signature.length; start += rows) {
    buckets.push(
      hashString(signature.slice(start, start + rows).join(","))
        .toString(16)
        .padStart(8, "0"),
    );
  }
  return buckets;
}

function hashString(text: string): number {
  let h = 0x811c9dc5; // FNV-1a, then a finaliser so every bit is mixed
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return mix(h);
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
