// The dateline ("BAGHDAD —", "WASHINGTON (Reuters) -", "CHARLESTON, W.Va. --") names where the report
// was filed, which is often not where the event happened, so it gets its own label, DATELINE.
import type { Span } from "../../doc.js";
import { lookupPlace, type GazetteerPlace } from "./gazetteer.js";
import { expandStateAbbreviation } from "./place-lexicons.js";
import { gazetteerSpan } from "./make-place-span.js";
import { rankPlaces, type PlaceContext } from "./rank-places.js";

// At the start of a line or after the headline's full stop: a name in capitals, an optional ", State", an
// optional "(Agency)", then a dash or colon.
const DATELINE = /(?:^|(?<=[.!?]\s))(\p{Lu}[\p{Lu}'.-]+(?:[ ]\p{Lu}[\p{Lu}'.-]+){0,3})(?:,[ ]*([\p{L}. ]{2,20}?))?[ ]*(?:\([^)\n]{1,40}\))?[ ]*(?:—|–|--|-|:)[ ]/gmu;

export function findDatelines(text: string, ctx: PlaceContext): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(DATELINE)) {
    if (m.index! > 300) continue; // a dateline opens the report, after at most a headline
    // A dateline names a city (WASHINGTON is the capital, not the state).
    const places = lookupPlace(m[1]).filter((p) => p.featureCode !== "ADM1");
    if (places.length === 0) continue;
    const place = rankPlaces(m[1], places, ctx, m[2] ? findContainer(m[2].trim()) : undefined)[0];
    spans.push(gazetteerSpan({ start: m.index!, end: m.index! + m[1].length, by: "places/dateline" }, place, "DATELINE"));
  }
  return spans;
}

/** "W.Va." or "Texas" after the dateline's town: the state it lies in. */
function findContainer(text: string): GazetteerPlace | undefined {
  const state = expandStateAbbreviation(text.replace(/\s+/g, " ")) ?? text;
  return lookupPlace(state).find((p) => p.featureCode === "ADM1");
}
