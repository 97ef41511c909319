// Placeholder until this dataset's scorer lands: reported honestly as not implemented.
import type { Dataset } from "./types.js";

export const dataset: Dataset = {
  name: "article-extraction",
  evaluate: async () => ({ n: 0, unit: "items", score: null, headline: "", reason: "not implemented", fields: [] }),
};
