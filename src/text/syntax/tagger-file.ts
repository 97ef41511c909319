// The tagger's weights file: the perceptron table plus its tag list, sure-tag dictionary and tag classes.
import type { TaggerModel } from "./tag-words.js";
import { decodeWeights, encodeWeights } from "./weights-file.js";

export const TAGGER_FILE = "models/syntax-tagger.bin";

type TaggerMeta = {
  tags: string[];
  sureTags: [string, number][];
  ambiguity: [string, number][];
  about: string;
  /** Tag guesses for rare words (absent in files trained without them). */
  guesses?: [string, number][];
};

export function encodeTagger(model: TaggerModel, about: string): Buffer {
  const meta: TaggerMeta = {
    tags: [...model.tags],
    sureTags: [...model.sureTags],
    ambiguity: [...model.ambiguity],
    about,
    guesses: model.guesses ? [...model.guesses] : undefined,
  };
  return encodeWeights(meta, { tags: model.perceptron });
}

export function decodeTagger(file: Buffer): TaggerModel {
  const { meta, tables } = decodeWeights(file);
  const { tags, sureTags, ambiguity, guesses } = meta as TaggerMeta;
  return {
    tags,
    perceptron: tables.tags,
    sureTags: new Map(sureTags),
    ambiguity: new Map(ambiguity),
    guesses: guesses ? new Map(guesses) : undefined,
  };
}
