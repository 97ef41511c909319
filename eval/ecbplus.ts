// ECB+ cross-document event coreference: headline CoNLL F1 (mean of MUC, B³, CEAF-e; coref-metrics.ts).
// sitrep has no component that merges events across documents yet (src/merge/ only turns one document's
// drafts into records), so there is nothing to score: the result stays null "not implemented" rather than
// scoring a trivial baseline (all singletons) that would look like a sitrep number. When a merge component
// lands, read each topic's ECB+ XML, run the pipeline per document, cluster with it, and call scoreConll.
import type { Dataset } from "./types.js";

export const dataset: Dataset = {
  name: "ecbplus",
  evaluate: async () => ({
    n: 0,
    unit: "topics",
    score: null,
    headline: "cross-document event-coreference CoNLL F1 (mean of MUC, B³, CEAF-e)",
    reason: "not implemented",
    fields: [],
    extra: { why: "sitrep has no cross-document merge component yet (src/merge/ holds only event-record.ts)" },
  }),
};
