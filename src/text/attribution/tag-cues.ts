// The learned cue tagger at run time: a sentence's tokens, their parts of speech, quotation and lexicon
// flags → the runs of tokens the perceptron calls attribution cues ("said", "has argued", "according to").
import type { Range } from "../../doc.js";
import { addScores } from "../syntax/averaged-perceptron.js";
import { tagWords } from "../syntax/tag-words.js";
import { type Token, tokenizeSentence } from "../tokenize-sentence.js";
import type { AttributionModel } from "./attribution-model.js";
import { CUE_FEATURE_COUNT, type CueSentence, fillCueFeatures, hashCueSentence } from "./cue-features.js";

const OPENING = /^[“‘]$/;
const CLOSING = /^[”’]$/;
const STRAIGHT = /^["]$|^''$|^``$/;

/** Whether each token stands inside a quotation: curly marks open and close, straight ones toggle. */
export function findQuotedTokens(words: readonly string[]): boolean[] {
  let isOpen = false;
  return words.map((word) => {
    if (OPENING.test(word) || (STRAIGHT.test(word) && !isOpen)) {
      isOpen = true;
      return false;
    }
    if (CLOSING.test(word) || STRAIGHT.test(word)) {
      isOpen = false;
      return false;
    }
    return isOpen;
  });
}

/** The tagger's view of a sentence: tokens with offsets, and the features' inputs. */
export function readCueSentence(
  text: string,
  sentence: Range,
  lexiconCues: readonly Range[],
  model: Pick<AttributionModel, "tagger">,
): { tokens: Token[]; sentence: CueSentence } {
  const tokens = tokenizeSentence(text.slice(sentence.start, sentence.end), sentence.start);
  const words = tokens.map((t) => t.text);
  const tagIndexes = tagWords(words, model.tagger);
  return {
    tokens,
    sentence: {
      words,
      tags: Array.from(tagIndexes, (t) => model.tagger.tags[t]),
      isQuoted: findQuotedTokens(words),
      isLexiconCue: tokens.map((t) => lexiconCues.some((c) => c.start < t.end && t.start < c.end)),
    },
  };
}

/** Per token, whether the perceptron scores "inside a cue" above "outside". */
export function tagCueTokens(sentence: CueSentence, model: AttributionModel): boolean[] {
  const features = new Int32Array(CUE_FEATURE_COUNT);
  const scores = new Float64Array(model.cues.classes);
  const hashes = hashCueSentence(sentence);
  return sentence.words.map((_, i) => {
    scores.fill(0);
    addScores(model.cues, features, fillCueFeatures(sentence, i, features, hashes), scores);
    return scores[1] > scores[0];
  });
}

/** Runs of cue tokens as character ranges (a run may hold several words: "has long argued"). */
export function findCueRanges(
  text: string,
  sentence: Range,
  lexiconCues: readonly Range[],
  model: AttributionModel,
): Range[] {
  const read = readCueSentence(text, sentence, lexiconCues, model);
  const isCue = tagCueTokens(read.sentence, model);
  const ranges: Range[] = [];
  read.tokens.forEach((token, i) => {
    if (!isCue[i]) return;
    const last = ranges.at(-1);
    if (last && isCue[i - 1]) last.end = token.end;
    else ranges.push({ start: token.start, end: token.end });
  });
  return ranges;
}
