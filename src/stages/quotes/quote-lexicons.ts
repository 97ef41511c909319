// What the quotes stage reads from lexicon/quotes, compiled: loaded once by loadResources() and handed to
// createQuotesStage, so no quotes module caches a lexicon of its own; tests may pass small ones.

import type { BoundedPattern } from "../../text/find-bounded-matches.js";
import { type CueLexicon, loadCueLexicon } from "./find-cues.js";
import { loadNominalCuePattern } from "./find-nominal-attributions.js";

export type QuoteLexicons = { cues: CueLexicon; nominalCues: BoundedPattern };

export function loadQuoteLexicons(): QuoteLexicons {
  return { cues: loadCueLexicon(), nominalCues: loadNominalCuePattern() };
}
