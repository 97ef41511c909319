// Syntax: sentences cut into UD/PTB-style tokens, each with its part of speech, head and relation
// (src/text/syntax: a perceptron tagger and arc-hybrid parser trained on UD English EWT). Parsing is the
// costliest step of the pipeline, so a caller may say which sentences need it: the pipeline parses only
// those that hold an event candidate (src/pipeline.ts), and the events stage reads their grammar. The
// `parsed` layer names the sentences parsed, so a reader can tell "not parsed" from "no such arc".
import { CONFIG } from "../../config.js";
import type { Doc, Layer, LayerSpan, Span, TokenValue } from "../../doc.js";
import { spansOf, withLayer } from "../../doc.js";
import type { Stage } from "../../stage.js";
import { analyzeSentences, type SyntaxModel } from "../../text/syntax/analyze-words.js";
import { loadSyntaxModel } from "../../text/syntax/load-syntax-model.js";
import type { WordAtoms } from "../../text/syntax/word-atoms.js";
import { tokenizeSentence } from "../../text/tokenize-sentence.js";

const BY = "syntax/perceptron";

/** Which sentences to parse (indexes into the `sentences` layer), and the layers that choice reads. */
export type SentenceChoice = { needs: Layer[]; pick(doc: Doc): ReadonlySet<number> };

/** The sentences to parse: those picked (all without a pick) and short enough for the parse cap. */
export function findParsedSentences(doc: Doc, picked?: ReadonlySet<number>): LayerSpan<"parsed">[] {
  return spansOf(doc, "sentences")
    .filter(
      (sentence, index) =>
        (!picked || picked.has(index)) && sentence.end - sentence.start <= CONFIG.maxParsedSentenceChars,
    )
    .map((sentence) => ({ start: sentence.start, end: sentence.end, label: "PARSED", by: BY }));
}

/**
 * The tokens of `sentences` (findParsedSentences), each tagged and with its head and relation. `memo`:
 * words' atoms found with this model, kept by the caller across documents (createSyntaxStage).
 */
export function findTokens(
  doc: Doc,
  model: SyntaxModel,
  sentences: readonly Span[],
  memo?: Map<string, WordAtoms>,
): LayerSpan<"tokens">[] {
  const tokens = sentences.map((sentence) =>
    tokenizeSentence(doc.text.slice(sentence.start, sentence.end), sentence.start),
  );
  // All the document's sentences at once: each model runs over them all in turn (analyzeSentences).
  const analyses = analyzeSentences(
    tokens.map((sentence) => sentence.map((t) => t.text)),
    model,
    memo,
  );
  const spans: LayerSpan<"tokens">[] = [];
  analyses.forEach((words, s) => {
    const first = spans.length;
    words.forEach((word, i) => {
      const data: TokenValue = {
        upos: word.upos,
        head: word.head === 0 ? null : first + word.head - 1,
        deprel: word.deprel,
      };
      spans.push({ start: tokens[s][i].start, end: tokens[s][i].end, label: word.upos, by: BY, data });
    });
  });
  return spans;
}

/** The tokens layer and, beside it, the `parsed` layer naming the sentences it covers. */
export function parseSentences(
  doc: Doc,
  model: SyntaxModel,
  picked?: ReadonlySet<number>,
  memo?: Map<string, WordAtoms>,
): Doc {
  const parsed = findParsedSentences(doc, picked);
  return withLayer(withLayer(doc, "parsed", parsed), "tokens", findTokens(doc, model, parsed, memo));
}

// A word's atoms (its lower-cased form, affixes and shape hashed, its tag classes) depend on the word and
// the model alone: kept from one document to the next, as the recogniser keeps its words (word-memo.ts),
// so "the", "said" or a town named all week are hashed once a run. Emptied past this many words (a few MB).
const MEMO_WORDS = 20_000;

/** The stage, reading the weights on its first document (so building a pipeline stays cheap). */
export function createSyntaxStage(loadModel: () => SyntaxModel = loadSyntaxModel, choice?: SentenceChoice): Stage {
  let model: SyntaxModel | undefined;
  const memo = new Map<string, WordAtoms>();
  return {
    name: "syntax",
    needs: ["sentences", ...(choice?.needs ?? [])],
    makes: ["tokens", "parsed"],
    run: (doc: Doc) => {
      if (memo.size > MEMO_WORDS) memo.clear();
      return parseSentences(doc, (model ??= loadModel()), choice?.pick(doc), memo);
    },
  };
}
