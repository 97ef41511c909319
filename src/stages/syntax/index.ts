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
import { tokenizeSentence } from "../../text/tokenize-sentence.js";

const BY = "syntax/perceptron";

/** Which sentences to parse (indexes into the `sentences` layer), and the layers that choice reads. */
export type SentenceChoice = { needs: Layer[]; pick(doc: Doc): ReadonlySet<number> };

/** The sentences to parse: those picked (all without a pick) and short enough for the parse cap. A sentence
 * that opens with the report's dateline is parsed from after it (afterDateline). */
export function findParsedSentences(doc: Doc, picked?: ReadonlySet<number>): LayerSpan<"parsed">[] {
  const datelines = spansOf(doc, "places").filter((place) => place.label === "DATELINE");
  return spansOf(doc, "sentences")
    .filter(
      (sentence, index) =>
        (!picked || picked.has(index)) && sentence.end - sentence.start <= CONFIG.maxParsedSentenceChars,
    )
    .map((sentence) => ({
      start: afterDateline(doc.text, sentence, datelines),
      end: sentence.end,
      label: "PARSED",
      by: BY,
    }));
}

// "MEXICO CITY, Oct 12 (Wire) - Gunmen killed …": the place, date and agency where the report was filed are
// no part of the lead's clause, and parsed with it they take its subject (the town as the verb's nsubj, the
// subject as a name's flat). The places stage found the dateline's name (find-datelines.ts), whose pattern
// ends at the first dash or colon followed by a space; the tail before it holds none.
const DATELINE_TAIL = /^[^\n]{0,60}?(?:—|–|--|-|:)[ ]+/u;

/** Where a sentence's clause starts: after its opening dateline, when one opens it and a clause follows. */
function afterDateline(text: string, sentence: Span, datelines: readonly Span[]): number {
  const dateline = datelines.find(
    (place) =>
      place.start >= sentence.start && place.end < sentence.end && !text.slice(sentence.start, place.start).trim(),
  );
  if (!dateline) return sentence.start;
  const tail = DATELINE_TAIL.exec(text.slice(dateline.end, sentence.end));
  const start = tail ? dateline.end + tail[0].length : sentence.start;
  return start < sentence.end ? start : sentence.start;
}

/** The tokens of `sentences` (findParsedSentences), each tagged and with its head and relation. */
export function findTokens(doc: Doc, model: SyntaxModel, sentences: readonly Span[]): LayerSpan<"tokens">[] {
  const tokens = sentences.map((sentence) =>
    tokenizeSentence(doc.text.slice(sentence.start, sentence.end), sentence.start),
  );
  // All the document's sentences at once: each model runs over them all in turn (analyzeSentences).
  const analyses = analyzeSentences(
    tokens.map((sentence) => sentence.map((t) => t.text)),
    model,
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
export function parseSentences(doc: Doc, model: SyntaxModel, picked?: ReadonlySet<number>): Doc {
  const parsed = findParsedSentences(doc, picked);
  return withLayer(withLayer(doc, "parsed", parsed), "tokens", findTokens(doc, model, parsed));
}

/** The stage, reading the weights on its first document (so building a pipeline stays cheap). */
export function createSyntaxStage(loadModel: () => SyntaxModel = loadSyntaxModel, choice?: SentenceChoice): Stage {
  let model: SyntaxModel | undefined;
  return {
    name: "syntax",
    needs: ["sentences", "places", ...(choice?.needs ?? [])],
    makes: ["tokens", "parsed"],
    run: (doc: Doc) => parseSentences(doc, (model ??= loadModel()), choice?.pick(doc)),
  };
}
