// The recogniser's weights: an averaged perceptron's score for each (feature, tag) pair kept after
// pruning, and the tag-transition scores. Written by train/train-ner.ts to models/ner-conll2003.bin.gz.
//
// File layout (little-endian, gzip-compressed): "SNER" u32 version, u32 tags, u32 features, f32 scale,
// f32 transitions[(tags+1)^2], u32 hashes[features] (sorted; read back as signed), u8 counts[features], u8 tags[sum counts],
// i16 weights[sum counts] (times scale). Hand-written: no npm package trains or runs a sequence tagger
// on Node without a native or Python runtime, and this one is ~300 lines.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { projectRoot } from "../../paths.js";

export type NerModel = {
  tagCount: number;
  /**
   * Open-addressing table of feature hashes (a Map of numbers was the tagger's slowest part), two int32
   * per slot: the hash, then its row as first entry << ROW_BITS | entry count, or EMPTY. One read finds the
   * hash and its row's bounds: kept in four arrays, each lookup cost four cache misses.
   */
  slots: Int32Array;
  featureCount: number;
  /** Entry k is the pair (tag, weight) at 2k, 2k + 1: the tag beside its weight, one cache line for both. */
  entries: Float32Array;
  /**
   * The same memory as `entries` read as integers: the tag at 2k without a float-to-index conversion in the
   * scoring loop (the weight at 2k + 1 is read through `entries`).
   */
  entryTags: Int32Array;
  transitions: Float32Array;
};

/** A row holds at most one entry per tag, so its count fits in the low ROW_BITS bits (tags < 32). */
const ROW_BITS = 5;
const EMPTY = -1;

const MAGIC = 0x52454e53; // "SNER"
const VERSION = 1;

export function nerModelFile(): string {
  return join(projectRoot(), "models", "ner-conll2003.bin.gz");
}

/** Reads the shipped weights once; pass the result to the recogniser. */
export function loadNerModel(file = nerModelFile()): NerModel {
  return decodeNerModel(readFileSync(file));
}

/** Adds every known feature's tag weights into `scores` at `offset` (one row of tag scores). */
export function addFeatureScores(
  model: NerModel,
  hashes: readonly number[],
  scores: Float64Array,
  offset: number,
): void {
  const { entries, entryTags } = model;
  for (const hash of hashes) {
    const row = findRow(model, hash);
    if (row === EMPTY) continue;
    const first = row >>> ROW_BITS;
    const end = first + (row & ((1 << ROW_BITS) - 1));
    for (let k = first; k < end; k += 1) scores[offset + entryTags[2 * k]] += entries[2 * k + 1];
  }
}

/** The row of a feature hash (first entry << ROW_BITS | count), or -1 when the model has no weights for it. */
export function findRow(model: NerModel, hash: number): number {
  const { slots } = model;
  const mask = slots.length / 2 - 1;
  for (let k = hash & mask; ; k = (k + 1) & mask) {
    const row = slots[2 * k + 1];
    if (row === EMPTY || slots[2 * k] === hash) return row;
  }
}

function buildTable(hashes: Int32Array, starts: Uint32Array): Int32Array {
  let size = 1;
  while (size < hashes.length * 2) size *= 2;
  const slots = new Int32Array(2 * size).fill(EMPTY);
  hashes.forEach((hash, row) => {
    let k = hash & (size - 1);
    while (slots[2 * k + 1] !== EMPTY) k = (k + 1) & (size - 1);
    slots[2 * k] = hash;
    slots[2 * k + 1] = (starts[row] << ROW_BITS) | (starts[row + 1] - starts[row]);
  });
  return slots;
}

export type SparseRow = { hash: number; tags: number[]; weights: number[] };

/** Serialises pruned rows; weights are stored as 16-bit integers of one shared scale. */
export function encodeNerModel(tagCount: number, rows: SparseRow[], transitions: ArrayLike<number>): Buffer {
  const sorted = [...rows].sort((a, b) => (a.hash >>> 0) - (b.hash >>> 0));
  const total = sorted.reduce((sum, r) => sum + r.tags.length, 0);
  const largest = sorted.reduce((m, r) => r.weights.reduce((n, w) => Math.max(n, Math.abs(w)), m), 1e-9);
  const scale = largest / 32767;
  const buffer = Buffer.alloc(20 + 4 * transitions.length + 5 * sorted.length + 3 * total);
  let at = buffer.writeUInt32LE(MAGIC, 0);
  at = buffer.writeUInt32LE(VERSION, at);
  at = buffer.writeUInt32LE(tagCount, at);
  at = buffer.writeUInt32LE(sorted.length, at);
  at = buffer.writeFloatLE(scale, at);
  for (let i = 0; i < transitions.length; i += 1) at = buffer.writeFloatLE(transitions[i], at);
  for (const r of sorted) at = buffer.writeUInt32LE(r.hash >>> 0, at);
  for (const r of sorted) at = buffer.writeUInt8(r.tags.length, at);
  for (const r of sorted) for (const t of r.tags) at = buffer.writeUInt8(t, at);
  for (const r of sorted) for (const w of r.weights) at = buffer.writeInt16LE(Math.round(w / scale), at);
  return gzipSync(buffer, { level: 9 });
}

/** Reads what encodeNerModel wrote (gzip-compressed). */
export function decodeNerModel(compressed: Buffer): NerModel {
  const buffer = gunzipSync(compressed);
  if (buffer.readUInt32LE(0) !== MAGIC || buffer.readUInt32LE(4) !== VERSION)
    throw new Error("not a sitrep NER model (version 1)");
  const tagCount = buffer.readUInt32LE(8);
  if (tagCount >= 1 << ROW_BITS)
    throw new Error(`NER model: ${tagCount} tags, at most ${(1 << ROW_BITS) - 1} fit a row`);
  const count = buffer.readUInt32LE(12);
  const scale = buffer.readFloatLE(16);
  let at = 20;
  const transitions = new Float32Array((tagCount + 1) * (tagCount + 1));
  for (let i = 0; i < transitions.length; i += 1, at += 4) transitions[i] = buffer.readFloatLE(at);
  const hashes = new Int32Array(count);
  for (let r = 0; r < count; r += 1, at += 4) hashes[r] = buffer.readInt32LE(at);
  const starts = new Uint32Array(count + 1);
  for (let r = 0; r < count; r += 1, at += 1) starts[r + 1] = starts[r] + buffer.readUInt8(at);
  const total = starts[count];
  const entries = new Float32Array(2 * total);
  const entryTags = new Int32Array(entries.buffer);
  for (let k = 0; k < total; k += 1) entryTags[2 * k] = buffer.readUInt8(at + k);
  at += total;
  for (let k = 0; k < total; k += 1, at += 2) entries[2 * k + 1] = buffer.readInt16LE(at) * scale;
  return { tagCount, slots: buildTable(hashes, starts), featureCount: count, entries, entryTags, transitions };
}
