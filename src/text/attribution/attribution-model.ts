// The attribution cue tagger's and keep/drop classifier's weights (models/attribution-cues.bin, trained on
// PolNeAR train by train/train-attribution.ts) and the part-of-speech tagger it reads its tags from (the syntax model's).
// Loaded once by loadResources() and handed to the quotes stage; nothing here caches.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../../paths.js";
import type { Perceptron } from "../syntax/averaged-perceptron.js";
import type { TaggerModel } from "../syntax/tag-words.js";
import { decodeWeights, encodeWeights } from "../syntax/weights-file.js";

export const ATTRIBUTION_FILE = "models/attribution-cues.bin";

/** Classes of the cue tagger: a token outside any cue, or inside one. */
export const CUE_CLASSES = 2;

/** `cues`: the token tagger; `keep`: the keep/drop classifier of proposed attributions (absent: keep all). */
export type AttributionModel = { cues: Perceptron; keep?: Perceptron; tagger: TaggerModel };

export function encodeAttributionModel(tables: { cues: Perceptron; keep: Perceptron }, about: string): Buffer {
  return encodeWeights({ about }, tables);
}

export function loadAttributionModel(tagger: TaggerModel, root = projectRoot()): AttributionModel {
  const { tables } = decodeWeights(readFileSync(join(root, ATTRIBUTION_FILE)));
  if (!tables.cues || tables.cues.classes !== CUE_CLASSES)
    throw new Error(
      `${ATTRIBUTION_FILE} holds no ${CUE_CLASSES}-class cue table: retrain with npm run train:attribution`,
    );
  return { cues: tables.cues, keep: tables.keep, tagger };
}
