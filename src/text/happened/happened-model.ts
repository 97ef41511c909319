// The "did it happen" classifier: logistic regression over hashed clause features (happened-features.ts),
// trained on IndiaPoliceEvents (models/README.md, `npm run train:happened`). The file is a magic word, the
// feature count, the sorted 32-bit feature hashes and their 32-bit float weights: no text. Read it once
// (loadHappenedModel, through loadResources) and pass it in.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../../paths.js";

export const HAPPENED_FILE = "models/happened-ipe.bin";
const MAGIC = 0x48504e31; // "HPN1"

export type HappenedModel = { weights: ReadonlyMap<number, number> };

/** The probability that the predicate with these features tells of something that took place. */
export function scoreHappened(model: HappenedModel, features: readonly number[]): number {
  let sum = 0;
  for (const feature of features) sum += model.weights.get(feature) ?? 0;
  return 1 / (1 + Math.exp(-sum));
}

export function encodeHappenedModel(weights: ReadonlyMap<number, number>): Buffer {
  const hashes = [...weights.keys()].sort((a, b) => a - b);
  const buffer = Buffer.alloc(8 + hashes.length * 8);
  buffer.writeUInt32LE(MAGIC, 0);
  buffer.writeUInt32LE(hashes.length, 4);
  hashes.forEach((hash, i) => {
    buffer.writeUInt32LE(hash, 8 + i * 4);
    buffer.writeFloatLE(weights.get(hash) ?? 0, 8 + hashes.length * 4 + i * 4);
  });
  return buffer;
}

export function decodeHappenedModel(buffer: Buffer): HappenedModel {
  if (buffer.length < 8 || buffer.readUInt32LE(0) !== MAGIC)
    throw new Error(`${HAPPENED_FILE} is not a happened model`);
  const count = buffer.readUInt32LE(4);
  if (buffer.length !== 8 + count * 8) throw new Error(`${HAPPENED_FILE} is truncated: ${count} features promised`);
  const weights = new Map<number, number>();
  for (let i = 0; i < count; i++)
    weights.set(buffer.readUInt32LE(8 + i * 4), buffer.readFloatLE(8 + count * 4 + i * 4));
  return { weights };
}

export function loadHappenedModel(root = projectRoot()): HappenedModel {
  return decodeHappenedModel(readFileSync(join(root, HAPPENED_FILE)));
}
