// The runtime entry point: a sentence's words → UPOS, head and relation per word. Hand-written, because no
// npm library trains or runs a Universal Dependencies tagger and parser on the CPU in Node: an averaged
// perceptron tagger (tag-words.ts), an arc-hybrid parser (beam-search.ts, or greedy: parse-words.ts) and an
// arc labeller (label-arcs.ts), all trained on UD English EWT (models/README.md).
import type { Perceptron } from "./averaged-perceptron.js";
import { parseWordsByBeam } from "./beam-search.js";
import { findLabelAtoms, labelArcs } from "./label-arcs.js";
import { findParseAtoms, parseWords } from "./parse-words.js";
import type { WordAnalysis } from "./score-parse.js";
import { findSpeechTag, joinSpeechTag } from "./speech-tag.js";
import { findSentenceAtoms, type TaggerModel, tagWords } from "./tag-words.js";
import type { WordAtoms } from "./word-atoms.js";

export type ParserModel = {
  transitions: Perceptron;
  labels: Perceptron;
  relations: readonly string[];
  /** Parses kept at each step: the width the transitions were trained with (1: greedy, models/README.md). */
  beamWidth: number;
  /** Parses a sentence instead of `transitions` when present: the feed-forward scorer (load-net-parser.ts). */
  parseSentence?: (words: readonly WordAtoms[], tags: ArrayLike<number>) => Int32Array;
  /**
   * Parses and labels a sentence instead of `transitions` and `labels` when present: the BiLSTM + biaffine
   * parser (load-biaffine-parser.ts). Arrays by word, 0 the root; labels index `relations`, upos (when
   * given, replacing the tagger's) indexes `upos`.
   */
  analyzeSentence?: (forms: readonly string[], tags: ArrayLike<number>) => SentenceAnalysis;
  upos?: readonly string[];
};
export type SentenceAnalysis = { heads: Int32Array; labels: Int32Array; upos?: Int32Array };
export type SyntaxModel = {
  tagger: TaggerModel;
  parser: ParserModel;
  /** Verbs of a closing speech tag, whose reported clause is parsed alone (speech-tag.ts); none: no split. */
  speechTagVerbs?: ReadonlySet<string>;
};

/** One analysis per word; `head` is the 1-based index of the head word in the sentence, 0 for the root. */
export function analyzeWords(words: readonly string[], model: SyntaxModel): WordAnalysis[] {
  return analyzeSentences([words], model)[0];
}

/**
 * analyzeWords for each sentence, the same analyses, but each model run over all the sentences before the
 * next: the tagger, transition and labeller tables then take turns in the cache once per batch instead of
 * once per sentence (about a quarter faster on a document's sentences, bench/RESULTS.md). `memo`: words'
 * atoms already found with this model, which the caller may keep from one document to the next (the
 * syntax stage does); by default, this batch's.
 */
export function analyzeSentences(
  sentences: readonly (readonly string[])[],
  model: SyntaxModel,
  memo = new Map<string, WordAtoms>(),
): WordAnalysis[][] {
  const { tagger, parser } = model;
  if (parser.analyzeSentence) return analyzeSentencesWhole(sentences, model, parser.analyzeSentence);
  // Lower-casing and hashing each distinct word once, for all three models and every sentence of the batch.
  const atoms = sentences.map((words) => findSentenceAtoms(words, tagger, memo));
  const tags = sentences.map((words, s) => tagWords(words, tagger, atoms[s]));
  const parse = (words: readonly WordAtoms[], wordTags: Int32Array): Int32Array => {
    if (words.length === 0) return new Int32Array(1);
    if (parser.parseSentence) return parser.parseSentence(words, wordTags);
    const parseAtoms = findParseAtoms(words, wordTags);
    return parser.beamWidth > 1
      ? parseWordsByBeam(parseAtoms, parser.transitions, parser.beamWidth)
      : parseWords(parseAtoms, parser.transitions);
  };
  const heads = atoms.map((words, s) => {
    const verbs = model.speechTagVerbs;
    const tag =
      verbs &&
      findSpeechTag(
        sentences[s],
        Array.from(tags[s], (t) => tagger.tags[t]),
        verbs,
      );
    if (!tag) return parse(words, tags[s]);
    // The clause and the tag parsed apart, each as a sentence (speech-tag.ts).
    const clause = parse(words.slice(0, tag.comma), tags[s].slice(0, tag.comma));
    const spoken = parse(words.slice(tag.comma + 1), tags[s].slice(tag.comma + 1));
    return joinSpeechTag(clause, spoken, tag.comma, tag.verb) ?? parse(words, tags[s]);
  });
  const labels = atoms.map((words, s) => labelArcs(findLabelAtoms(words, tags[s]), heads[s], parser.labels));
  return sentences.map((words, s) =>
    words.map((_, i) => ({
      upos: tagger.tags[tags[s][i]],
      head: heads[s][i + 1],
      deprel: parser.relations[labels[s][i + 1]],
    })),
  );
}

function analyzeSentencesWhole(
  sentences: readonly (readonly string[])[],
  { tagger, parser }: SyntaxModel,
  analyzeSentence: NonNullable<ParserModel["analyzeSentence"]>,
): WordAnalysis[][] {
  return sentences.map((words) => {
    const tags = tagWords(words, tagger, findSentenceAtoms(words, tagger));
    if (words.length === 0) return [];
    const { heads, labels, upos } = analyzeSentence(words, tags);
    return words.map((_, i) => ({
      upos: upos && parser.upos ? parser.upos[upos[i + 1]] : tagger.tags[tags[i]],
      head: heads[i + 1],
      deprel: parser.relations[labels[i + 1]],
    }));
  });
}
