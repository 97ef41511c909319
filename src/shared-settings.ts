// Settings that more than one stage reads, defined once; each stage's settings object spreads them in, and
// `sitrep eval --set shared.<key>=<value>` moves them in every stage at once.

export const SHARED_SETTINGS = Object.freeze({
  /** A town this large is named for itself as often as a same-named state, county or given name ("New York",
   * "Austin", "Washington County"): below it the other reading wins. One cut-off for every such choice. */
  bigCityPopulation: 100_000,
});
