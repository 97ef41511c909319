// Verbs of saying, read by the actor, place and predicate readers. Its own file, with no imports, so that
// low-level readers (actor-nouns.ts) can ask it without an import cycle.
/** "he said militants attacked": the speaker of a report is not the one who acted. ("announced" and
 * "claimed" are left out: "Russia announced it carried out airstrikes" names the attacker.) */
export const SPEECH =
  /\b(?:said|says|say|told|tells|added|noted|warned|believes?|thinks?|called|calls|described|condemned|condemns|denounced)\b/i;
