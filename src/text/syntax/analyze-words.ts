// The runtime entry point: a sentence's words → UPOS, head and relation per word. Hand-written, because no
// npm library trains or runs a Universal Dependencies tagger and parser on the CPU in Node: an averaged
// perceptron tagger (tag-words.ts), an arc-hybrid parser (beam-search.ts, or greedy: parse-words.ts) and an
// arc labeller (label-arcs.ts), all trained on UD English EWT (models/README.md).
import type { Perceptron } from "./averaged-perceptron.js";
import { parseWordsByBeam } from "./beam-search.js";
import { findLabelAtoms, labelArcs } from "./label-arcs.js";
import { findParseAtoms, parseWords } from "./parse-words.js";
import type { WordAnalysis } from "./score-parse.js";
import { findSentenceAtoms, type TaggerModel, tagWords } from "./tag-words.js";

export type ParserModel = {
  transitions: Perceptron;
  labels: Perceptron;
  relations: readonly string[];
  /** Parses kept at each step: the width the transitions were trained with (1: greedy, models/README.md). */
  beamWidth: number;
};
export type SyntaxModel = { tagger: TaggerModel; parser: ParserModel };

/** One analysis per word; `head` is the 1-based index of the head word in the sentence, 0 for the root. */
export function analyzeWords(words: readonly string[], model: SyntaxModel): WordAnalysis[] {
  if (words.length === 0) return [];
  // Lower-casing and hashing each word once, for all three models.
  const atoms = findSentenceAtoms(words, model.tagger);
  const tags = tagWords(words, model.tagger, atoms);
  const parseAtoms = findParseAtoms(atoms, tags);
  const { transitions, beamWidth } = model.parser;
  const heads =
    beamWidth > 1 ? parseWordsByBeam(parseAtoms, transitions, beamWidth) : parseWords(parseAtoms, transitions);
  const labels = labelArcs(findLabelAtoms(atoms, tags), heads, model.parser.labels);
  return words.map((_, i) => ({
    upos: model.tagger.tags[tags[i]],
    head: heads[i + 1],
    deprel: model.parser.relations[labels[i + 1]],
  }));
}
