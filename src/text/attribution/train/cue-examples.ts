// PolNeAR articles → the cue tagger's training sentences: each sentence of the article (the pipeline's own
// sentence splitter), its tokens' features and whether each token lies inside a gold cue.
import { createDoc, spansOf } from "../../../doc.js";
import type { Stage } from "../../../stage.js";
import { findCues } from "../../../stages/quotes/find-cues.js";
import type { QuoteLexicons } from "../../../stages/quotes/quote-lexicons.js";
import type { TaggerModel } from "../../syntax/tag-words.js";
import { CUE_FEATURE_COUNT, fillCueFeatures, hashCueSentence } from "../cue-features.js";
import { readCueSentence } from "../tag-cues.js";
import type { PolnearArticle } from "./read-polnear.js";

export type CueExample = { features: Int32Array[]; gold: number[] };

export function readCueExamples(
  article: PolnearArticle,
  sentences: Stage,
  lexicons: QuoteLexicons,
  tagger: TaggerModel,
): CueExample[] {
  const doc = sentences.run(createDoc(article.stem, article.text, { origin: article.stem }));
  const cues = article.relations.flatMap((r) => r.cue);
  return spansOf(doc, "sentences").map((range) => {
    const lexiconCues = findCues(article.text, range.start, range.end, lexicons.cues);
    const read = readCueSentence(article.text, range, lexiconCues, { tagger });
    const hashes = hashCueSentence(read.sentence);
    return {
      features: read.tokens.map((_, i) => {
        const out = new Int32Array(CUE_FEATURE_COUNT);
        fillCueFeatures(read.sentence, i, out, hashes);
        return out;
      }),
      gold: read.tokens.map((t) => (cues.some(([s, e]) => s < t.end && t.start < e) ? 1 : 0)),
    };
  });
}
