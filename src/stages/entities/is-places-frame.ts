// The places stage (src/stages/places) skips any name an entity span covers, and it geocodes a gazetteer
// name in a locative frame ("in Erbil", "near Baghdad", "Erbil, Iraq"). A town there is left to it, so
// the entities layer does not mark it LOC and hide it; this mirrors the frame places/index.ts tests.
// The CoNLL scorer counts places' TOWN spans as LOC, so nothing is lost there.
const LOCATIVE_BEFORE = /\b(?:in|near|at|outside|from|to|around|towards?|into|across|of|north|south|east|west|between)\s+(?:the\s+)?(?:(?:city|town|village|district|province|governorate|region|area)\s+of\s+)?$/i;

export function isPlacesFrame(text: string, start: number, end: number): boolean {
  return LOCATIVE_BEFORE.test(text.slice(Math.max(0, start - 60), start)) || /^,\s*\p{Lu}/u.test(text.slice(end, end + 3));
}
