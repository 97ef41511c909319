// The features of each token of a sentence, hashed by parts (hash-feature.ts). Each family says why it is here.
import type { DocumentContext } from "./document-context.js";
import { isCapitalsLine } from "./document-context.js";
import { hashParts, hashText } from "./hash-feature.js";
import { LEXICON_BITS, type NerLexicon, PREFIX_BIT } from "./ner-lexicon.js";
import { findCapitalisation, findShape, findShortShape, isCapitalised } from "./word-shape.js";

/** Feature templates: the first part of every feature hash. */
export const FEATURE = {
  bias: 1,
  word: 2,
  lower: 3,
  shape: 4,
  shortShape: 5,
  prefix: 6,
  suffix: 7,
  length: 8,
  capitalisation: 10,
  before1: 11,
  before2: 12,
  after1: 13,
  after2: 14,
  beforeAndWord: 15,
  wordAndAfter: 16,
  shapeBefore: 17,
  shapeAfter: 18,
  shapesAround: 19,
  listed: 20,
  listedAndCap: 21,
  hyphenPart: 22,
  docLower: 23,
  docCapInside: 24,
  docRun: 25,
  docRunLength: 26,
} as const;

/** A token's place in a listed phrase (or a capitalised run): Begin, Inside, Last, Unit. */
export const POSITION = { B: 1, I: 2, L: 3, U: 4 } as const;
const BIT_INDEXES = Object.values(LEXICON_BITS).map((bit) => Math.log2(bit));
const CAPITALISATIONS = ["lower", "initcap", "num", "punct", "upper1", "allcaps", "mixed", "lowmixed"];
const START = hashText("<s>");
const END = hashText("</s>");

/** A lexicon match on one token: the list's bit index and the token's place, packed as bitIndex * 8 + position. */
export function lexiconMark(bitIndex: number, position: number): number {
  return bitIndex * 8 + position;
}

/**
 * What feature extraction reads of a word by itself, whatever its sentence: worked out once per distinct
 * word (kept across documents by word-memo.ts), not once per token, so that a word is lower-cased, shaped
 * and looked up in the lexicon once a run.
 */
export type WordFacts = {
  lower: string;
  lowerHash: number;
  shortShapeHash: number;
  /** CAPITALISATIONS' index of the word's class. */
  cap: number;
  isCapitalised: boolean;
  /** The lexicon's bits for the word alone (0: it begins no listed phrase). */
  lexiconBits: number;
  /** addHyphenParts's features ("German-born"); empty for a word without a hyphen. */
  hyphenParts: number[];
  /** The word's own features (describeWord). */
  own: number[];
  /** The tagger's summed scores of `own`, filled on its first use (tag-document.ts). */
  ownScores: Float64Array | null;
  /** The tagger's scores of the word's NEIGHBOUR_FEATURES, one row of tags each, filled on first use. */
  neighbourScores: Float64Array | null;
};

export function describeWordFacts(word: string, lexicon: NerLexicon): WordFacts {
  const lower = word.toLowerCase();
  const hyphenParts: number[] = [];
  addHyphenParts(hyphenParts, lower, lexicon);
  return {
    lower,
    lowerHash: hashText(lower),
    shortShapeHash: hashText(findShortShape(word)),
    cap: CAPITALISATIONS.indexOf(findCapitalisation(word)),
    isCapitalised: isCapitalised(word),
    lexiconBits: lexicon.phrases.get(lower) ?? 0,
    hyphenParts,
    own: describeWord(word, lower),
    ownScores: null,
    neighbourScores: null,
  };
}

/**
 * Feature hashes for every token of one sentence, apart from the word's own (describeWord) and its
 * neighbours' (findNeighbourFeatures), which depend on one word alone and so are worked out once per
 * distinct word. `facts`: each word's describeWordFacts, when the caller keeps them.
 */
export function extractContextFeatures(
  words: readonly string[],
  context: DocumentContext,
  lexicon: NerLexicon,
  facts: readonly WordFacts[] = words.map((w) => describeWordFacts(w, lexicon)),
): number[][] {
  const lowerHashes = facts.map((f) => f.lowerHash);
  const shapes = facts.map((f) => f.shortShapeHash);
  const marks = findLexiconFeatures(
    facts.map((f) => f.lower),
    lexicon,
    facts.map((f) => f.lexiconBits),
  );
  const capsLine = isCapitalsLine(words) ? 1 : 0;
  return words.map((word, i) => {
    const { cap } = facts[i];
    // Case carries different evidence at a sentence's start and in a capitals-only headline.
    const features = [hashParts(FEATURE.capitalisation, cap, i === 0 ? 1 : 0, capsLine)];
    addContext(features, lowerHashes, shapes, i);
    for (const mark of marks[i])
      features.push(hashParts(FEATURE.listed, mark), hashParts(FEATURE.listedAndCap, mark, cap));
    for (const part of facts[i].hyphenParts) features.push(part);
    addDocumentFeatures(features, word, facts[i], context);
    return features;
  });
}

/** The word itself: identity, shape and affixes (names' endings: -ov, -stan, -berg, -ese). */
export function describeWord(word: string, lower = word.toLowerCase()): number[] {
  const features = [
    hashParts(FEATURE.bias),
    hashParts(FEATURE.word, hashText(word)),
    hashParts(FEATURE.lower, hashText(lower)),
  ];
  features.push(
    hashParts(FEATURE.shape, hashText(findShape(word))),
    hashParts(FEATURE.shortShape, hashText(findShortShape(word))),
  );
  for (let n = 1; n <= 4 && n <= lower.length; n += 1) {
    features.push(
      hashParts(FEATURE.prefix, n, hashText(lower, 0, n)),
      hashParts(FEATURE.suffix, n, hashText(lower, lower.length - n)),
    );
  }
  features.push(hashParts(FEATURE.length, Math.min(word.length, 10)));
  return features;
}

/**
 * Two words either side: "Mr", "said", "in", "of the" are what tells a person from a place. These read one
 * neighbouring word alone (its lower-cased form or its short shape), so a neighbour's feature is the same
 * wherever the word stands at that offset: the tagger scores each once per word (tag-document.ts) rather
 * than looking it up at every token. Beyond either end of the sentence its start or end marker stands in.
 */
export const NEIGHBOUR_FEATURES: readonly { template: number; offset: number; reads: "lower" | "shape" }[] = [
  { template: FEATURE.before1, offset: -1, reads: "lower" },
  { template: FEATURE.before2, offset: -2, reads: "lower" },
  { template: FEATURE.after1, offset: 1, reads: "lower" },
  { template: FEATURE.after2, offset: 2, reads: "lower" },
  { template: FEATURE.shapeBefore, offset: -1, reads: "shape" },
  { template: FEATURE.shapeAfter, offset: 1, reads: "shape" },
];

/** One NEIGHBOUR_FEATURES feature of a word (undefined: beyond the sentence, its start or end marker). */
export function hashNeighbour(feature: (typeof NEIGHBOUR_FEATURES)[number], word: WordFacts | undefined): number {
  const atom = !word
    ? feature.offset < 0
      ? START
      : END
    : feature.reads === "lower"
      ? word.lowerHash
      : word.shortShapeHash;
  return hashParts(feature.template, atom);
}

/** Token i's neighbour features, in NEIGHBOUR_FEATURES' order, from its sentence's words' facts. */
export function findNeighbourFeatures(facts: readonly WordFacts[], i: number): number[] {
  return NEIGHBOUR_FEATURES.map((feature) => hashNeighbour(feature, facts[i + feature.offset]));
}

/** The word with its neighbours: "of the", "said Mr" and the shapes around it. */
function addContext(features: number[], lower: readonly number[], shapes: readonly number[], i: number): void {
  features.push(
    hashParts(FEATURE.beforeAndWord, at(lower, i - 1), lower[i]),
    hashParts(FEATURE.wordAndAfter, lower[i], at(lower, i + 1)),
  );
  features.push(hashParts(FEATURE.shapesAround, at(shapes, i - 1), shapes[i], at(shapes, i + 1)));
}

/** The k-th entry, or the sentence's start or end marker beyond either end. */
function at(list: readonly number[], k: number): number {
  return k < 0 ? START : k >= list.length ? END : list[k];
}

/** "German-born", "U.S.-led": a listed part of a hyphenated word. */
function addHyphenParts(features: number[], lower: string, lexicon: NerLexicon): void {
  if (!lower.includes("-")) return;
  for (const part of lower.split("-")) {
    const bits = (lexicon.phrases.get(part) ?? 0) & ~PREFIX_BIT;
    for (const index of BIT_INDEXES) if (bits & (1 << index)) features.push(hashParts(FEATURE.hyphenPart, index));
  }
}

/** For every token, a lexiconMark of each listed phrase that covers it (the longest per list). */
export function findLexiconFeatures(
  lower: readonly string[],
  lexicon: NerLexicon,
  wordBits: readonly number[] = lower.map((w) => lexicon.phrases.get(w) ?? 0),
): number[][] {
  const out: number[][] = lower.map(() => NO_MARKS);
  for (let start = 0; start < lower.length; start += 1) {
    // Most words begin no listed phrase: nothing allocated for them.
    const firstBits = wordBits[start];
    if (firstBits === 0) continue;
    // A word that begins no longer phrase (most listed words: the common-word list) is its own only phrase.
    if (!(firstBits & PREFIX_BIT)) {
      markPhrase(out, start, start, firstBits);
      continue;
    }
    let seen = 0;
    let key = "";
    const ends: { bits: number; end: number }[] = [];
    for (let end = start; end < lower.length && end - start < lexicon.maxTokens; end += 1) {
      key = end === start ? lower[start] : `${key} ${lower[end]}`;
      const bits = end === start ? firstBits : (lexicon.phrases.get(key) ?? 0);
      if (bits & ~PREFIX_BIT) ends.push({ bits: bits & ~PREFIX_BIT, end });
      if (!(bits & PREFIX_BIT)) break;
    }
    for (let k = ends.length - 1; k >= 0; k -= 1) {
      const fresh = ends[k].bits & ~seen;
      seen |= fresh;
      if (fresh) markPhrase(out, start, ends[k].end, fresh);
    }
  }
  return out;
}

/** The marks of a token that no listed phrase covers: one shared empty list (never pushed to). */
const NO_MARKS: number[] = [];

function markPhrase(out: number[][], start: number, end: number, bits: number): void {
  for (const index of BIT_INDEXES) {
    if (!(bits & (1 << index))) continue;
    for (let i = start; i <= end; i += 1) {
      const position = start === end ? POSITION.U : i === start ? POSITION.B : i === end ? POSITION.L : POSITION.I;
      if (out[i] === NO_MARKS) out[i] = [];
      out[i].push(lexiconMark(index, position));
    }
  }
}

function addDocumentFeatures(features: number[], word: string, facts: WordFacts, context: DocumentContext): void {
  if (!facts.isCapitalised) return;
  const { cap } = facts;
  if (context.seenLower.has(facts.lower)) features.push(hashParts(FEATURE.docLower, cap));
  if (context.seenCapitalisedInside.has(word)) features.push(hashParts(FEATURE.docCapInside, cap));
  const run = context.longestRun.get(word);
  if (run)
    features.push(
      hashParts(FEATURE.docRun, POSITION[run.position]),
      hashParts(FEATURE.docRunLength, POSITION[run.position], Math.min(run.length, 4)),
    );
}
