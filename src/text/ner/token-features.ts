// The features of each token of a sentence, as strings (hashed later). Each family says why it is here.
import type { DocumentContext } from "./document-context.js";
import { isCapitalsLine } from "./document-context.js";
import { LEXICON_BITS, PREFIX_BIT, type NerLexicon } from "./ner-lexicon.js";
import { findCapitalisation, findShape, findShortShape, isCapitalised } from "./word-shape.js";

const BIT_NAMES = Object.entries(LEXICON_BITS);

/**
 * Feature strings for every token of one sentence, apart from the word's own (describeWord), which
 * depend on the word alone and so are worked out once per distinct word of a document.
 */
export function extractContextFeatures(words: readonly string[], context: DocumentContext, lexicon: NerLexicon): string[][] {
  const lower = words.map((w) => w.toLowerCase());
  const shapes = words.map(findShortShape);
  const lexiconFeatures = findLexiconFeatures(lower, lexicon);
  const capsLine = isCapitalsLine(words) ? "caps" : "mixed";
  return words.map((word, i) => {
    const features: string[] = [];
    const cap = findCapitalisation(word);
    // Case carries different evidence at a sentence's start and in a capitals-only headline.
    features.push(`cap=${cap}|${i === 0 ? "first" : "inside"}|${capsLine}`);
    addContext(features, lower, shapes, i);
    for (const f of lexiconFeatures[i]) features.push(f, `${f}|${cap}`);
    addHyphenParts(features, lower[i], lexicon);
    addDocumentFeatures(features, word, lower[i], cap, context);
    return features;
  });
}

/** The word itself: identity, shape and affixes (names' endings: -ov, -stan, -berg, -ese). */
export function describeWord(word: string, lower = word.toLowerCase()): string[] {
  const features = ["bias", `w=${word}`, `lw=${lower}`, `sh=${findShape(word)}`, `ss=${findShortShape(word)}`];
  for (let n = 1; n <= 4 && n <= lower.length; n += 1) features.push(`p${n}=${lower.slice(0, n)}`, `s${n}=${lower.slice(-n)}`);
  features.push(`len=${Math.min(word.length, 10)}`);
  return features;
}

/** Two words either side: "Mr", "said", "in", "of the" are what tells a person from a place. */
function addContext(features: string[], lower: readonly string[], shapes: readonly string[], i: number): void {
  const at = (k: number) => (k < 0 ? "<s>" : k >= lower.length ? "</s>" : lower[k]);
  const shapeAt = (k: number) => (k < 0 ? "<s>" : k >= shapes.length ? "</s>" : shapes[k]);
  features.push(`w-1=${at(i - 1)}`, `w-2=${at(i - 2)}`, `w+1=${at(i + 1)}`, `w+2=${at(i + 2)}`);
  features.push(`w-1w=${at(i - 1)}|${lower[i]}`, `ww+1=${lower[i]}|${at(i + 1)}`);
  features.push(`ss-1=${shapeAt(i - 1)}`, `ss+1=${shapeAt(i + 1)}`, `ss-1ss+1=${shapeAt(i - 1)}|${shapes[i]}|${shapeAt(i + 1)}`);
}

/** "German-born", "U.S.-led": a listed part of a hyphenated word. */
function addHyphenParts(features: string[], lower: string, lexicon: NerLexicon): void {
  if (!lower.includes("-")) return;
  for (const part of lower.split("-")) {
    const bits = (lexicon.phrases.get(part) ?? 0) & ~PREFIX_BIT;
    for (const [name, bit] of BIT_NAMES) if (bits & bit) features.push(`hy=${name}`);
  }
}

/** For every token, "lx=<list>|<B/I/L/U>" of each listed phrase that covers it (the longest per list). */
export function findLexiconFeatures(lower: readonly string[], lexicon: NerLexicon): string[][] {
  const out: string[][] = lower.map(() => []);
  for (let start = 0; start < lower.length; start += 1) {
    let seen = 0;
    let key = "";
    const ends: { bits: number; end: number }[] = [];
    for (let end = start; end < lower.length && end - start < lexicon.maxTokens; end += 1) {
      key = end === start ? lower[start] : `${key} ${lower[end]}`;
      const bits = lexicon.phrases.get(key) ?? 0;
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

function markPhrase(out: string[][], start: number, end: number, bits: number): void {
  for (const [name, bit] of BIT_NAMES) {
    if (!(bits & bit)) continue;
    for (let i = start; i <= end; i += 1) {
      const position = start === end ? "U" : i === start ? "B" : i === end ? "L" : "I";
      out[i].push(`lx=${name}|${position}`);
    }
  }
}

function addDocumentFeatures(features: string[], word: string, lower: string, cap: string, context: DocumentContext): void {
  if (!isCapitalised(word)) return;
  if (context.seenLower.has(lower)) features.push(`doc-lower|${cap}`);
  if (context.seenCapitalisedInside.has(word)) features.push(`doc-cap-inside|${cap}`);
  const run = context.longestRun.get(word);
  if (run) features.push(`doc-run=${run.position}`, `doc-run=${run.position}|${Math.min(run.length, 4)}`);
}
