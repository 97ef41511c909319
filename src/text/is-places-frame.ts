// The frames that make a capitalised gazetteer name a place mention: a locative word before it ("in
// Erbil", "near the town of Baghdad") or a "Town, State" pair after it ("Erbil, Iraq", "Washington,
// D.C."). The places stage reads them as strong evidence; the entities stage leaves a town in such a
// frame to the places stage instead of hiding it under a LOC span. One rule serves both.
const LOCATIVE_BEFORE = /\b(?:in|near|at|outside|from|to|around|towards?|into|across|through|throughout|of|north|south|east|west|northern|southern|eastern|western|central|between|via|visited?|across|inside|within|based)\s+(?:the\s+)?(?:(?:city|town|village|district|province|governorate|region|area|state|county|capital|suburb|outskirts)\s+of\s+)?$/i;
const PAIR_AFTER = /^,\s*(?:\p{Lu}|D\.C\.)/u;

/** "in", "near", "north of the town of" … right before `start`. */
export function isLocativeFrame(text: string, start: number): boolean {
  return LOCATIVE_BEFORE.test(text.slice(Math.max(0, start - 60), start));
}

/** A comma and a capitalised container right after `end`: "Erbil, Iraq". */
export function isPairFrame(text: string, end: number): boolean {
  return PAIR_AFTER.test(text.slice(end, end + 4));
}

export function isPlacesFrame(text: string, start: number, end: number): boolean {
  return isLocativeFrame(text, start) || isPairFrame(text, end);
}
