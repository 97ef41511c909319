// NER: the trained recogniser's names (PER, ORG, LOC, MISC; src/text/ner/) as their own layer. Later
// stages read it as evidence beside their lexicons: places never makes a town of a name it tags as a
// person or an organisation.
import { type Doc, spansOf, withLayer } from "../../doc.js";
import type { Stage } from "../../stage.js";
import { findNamedEntities } from "../../text/ner/find-named-entities.js";
import type { NerResources } from "../../text/ner/tag-document.js";
import { createWordMemo } from "../../text/ner/word-memo.js";

/** The stage, over weights and lists loaded once (loadNerModel, loadNerLexicon), and the words it has
 * scored so far (word-memo.ts: the same results, worked out once a run). */
export function createNerStage(resources: NerResources): Stage {
  const memo = createWordMemo();
  return {
    name: "ner",
    needs: ["sentences"],
    makes: ["ner"],
    run: (doc: Doc) => withLayer(doc, "ner", findNamedEntities(doc.text, spansOf(doc, "sentences"), resources, memo)),
  };
}
