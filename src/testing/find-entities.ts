// Entities over a bare text, for tests: the sentences stage splits it first, as the pipeline does (the
// entities stage itself never imports another stage).
import type { LayerSpan } from "../doc.js";
import { findEntities as findEntitiesIn } from "../stages/entities/index.js";
import { findSentences, loadSentenceLexicons } from "../stages/sentences/index.js";
import { testEntityLexicons } from "./test-resources.js";

export function findEntities(text: string): LayerSpan<"entities">[] {
  return findEntitiesIn(text, findSentences(text, loadSentenceLexicons()), testEntityLexicons());
}
