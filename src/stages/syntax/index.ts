// Syntax: every sentence cut into UD/PTB-style tokens, each with its part of speech, head and relation
// (src/text/syntax: a perceptron tagger and arc-hybrid parser trained on UD English EWT). Nothing reads
// the `tokens` layer yet; it is there for stages that want grammar rather than word patterns.
import type { Doc, LayerSpan, TokenValue } from "../../doc.js";
import { spansOf, withLayer } from "../../doc.js";
import type { Stage } from "../../stage.js";
import { analyzeWords, type SyntaxModel } from "../../text/syntax/analyze-words.js";
import { loadSyntaxModel } from "../../text/syntax/load-syntax-model.js";
import { tokenizeSentence } from "../../text/tokenize-sentence.js";

const BY = "syntax/perceptron";

export function findTokens(doc: Doc, model: SyntaxModel): LayerSpan<"tokens">[] {
  const spans: LayerSpan<"tokens">[] = [];
  for (const sentence of spansOf(doc, "sentences")) {
    const tokens = tokenizeSentence(doc.text.slice(sentence.start, sentence.end), sentence.start);
    const first = spans.length;
    analyzeWords(
      tokens.map((t) => t.text),
      model,
    ).forEach((word, i) => {
      const data: TokenValue = {
        upos: word.upos,
        head: word.head === 0 ? null : first + word.head - 1,
        deprel: word.deprel,
      };
      spans.push({ start: tokens[i].start, end: tokens[i].end, label: word.upos, by: BY, data });
    });
  }
  return spans;
}

/** The stage, reading the weights on its first document (so building a pipeline stays cheap). */
export function createSyntaxStage(loadModel: () => SyntaxModel = loadSyntaxModel): Stage {
  let model: SyntaxModel | undefined;
  return {
    name: "syntax",
    needs: ["sentences"],
    makes: ["tokens"],
    run: (doc: Doc) => withLayer(doc, "tokens", findTokens(doc, (model ??= loadModel()))),
  };
}
