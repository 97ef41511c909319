// ACLED's sub-events of territory changing hands, read by both actor readers (the parse's and the word
// window's): actor 2 is the side that held the territory ("seized the town from the army").
export const TERRITORY_SUB_EVENTS: ReadonlySet<string> = new Set([
  "Non-state actor overtakes territory",
  "Government regains territory",
]);
