// The dateline ("BAGHDAD —", "WASHINGTON (Reuters) -", "CHARLESTON, W.Va. --") names where the report
// was filed, which is often not where the event happened, so it gets its own label, DATELINE.
import type { LayerSpan } from "../../doc.js";
import { findAllMatches } from "../../text/find-all-matches.js";
import type { Gazetteer, GazetteerPlace } from "../../text/gazetteer/gazetteer.js";
import { gazetteerSpan } from "./make-place-span.js";
import { type PlaceContext, rankPlaces } from "./rank-places.js";

// At the start of a line or after the headline's full stop: a name in capitals, an optional ", State" or
// ", Month day[, year]" (wire style: "BAMAKO, March 5 (Reuters) -"), after a state its own ", Mon. day"
// ("ADEN, Yemen, Oct. 14 (Wire) -"), an optional "(Agency)", then a dash or colon.
// Linear in the length of a run of spaces. The old form /,[ ]*(state{2,20}?)[ ]*(\(...\))?[ ]*/ tried every
// split of a long run (24 s of CPU on one 55 KB line). Now the blanks after the comma are taken whole (a
// lookahead capture acts as an atomic group) before the state; the old pattern gave blanks back to the state
// only when the state then ends within one character of the run's end ("PARIS,  A— "), which `borrowed`
// matches, in the same order. Same matches and groups as the old pattern on 200,000 random strings.
// A state runs to 36 characters, not 20, so that the longest country names ("Democratic Republic of the
// Congo", 32) make a dateline too; at 20 their dateline went unread and the country became an actor.
const DATELINE =
  /(?:^|(?<=[.!?]\s))(?<name>\p{Lu}[\p{Lu}'.-]+(?:[ ]\p{Lu}[\p{Lu}'.-]+){0,3})(?:,(?:(?=(?<blanks>[ ]*))\k<blanks>(?<state>[\p{L}. ]{2,36}?)|[ ]*(?<borrowed>[ ](?![ ])[\p{L}. ]|[ ]{2,35}(?![ ])[\p{L}. ]??|[ ]{36}(?![ ]))|[ ]*\p{Lu}\p{Ll}{2,8}\.?[ ]\d{1,2}(?:,[ ]?\d{4})?))?(?:,[ ]?\p{Lu}\p{Ll}{2,8}\.?[ ]\d{1,2}(?:,[ ]?\d{4})?)?[ ]*(?:\([^)\n]{1,40}\)[ ]*)?(?:—|–|--|-|:)[ ]/gmu;

// "Kabul (Wire) -", "Aden, Yemen, Oct. 14 (Wire) -": a town in title case opening a line is a dateline only
// with the whole wire tail, a date or a bracketed agency before the dash; the capitals alone say less.
const TITLE_DATE = String.raw`\p{Lu}\p{Ll}{2,8}\.?[ ]\d{1,2}(?:,[ ]?\d{4})?`;
const TITLE_DATELINE = new RegExp(
  String.raw`^(?<name>\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2})(?:,[ ]?(?<state>\p{Lu}[\p{L}.]*(?:[ ]\p{Lu}[\p{L}.]*){0,2}))??(?:(?:,[ ]?${TITLE_DATE})?[ ]?\([^)\n]{1,40}\)|,[ ]?${TITLE_DATE})[ ]?(?:—|–|--|-)[ ]`,
  "gmu",
);

/** A dateline opens the report, after at most a headline: matches that start later are not read. */
const OPENING_CHARS = 300;

export function findDatelines(text: string, ctx: PlaceContext): LayerSpan<"places">[] {
  const spans: LayerSpan<"places">[] = [];
  const matches = [
    ...findAllMatches(text, DATELINE, OPENING_CHARS),
    ...findAllMatches(text, TITLE_DATELINE, OPENING_CHARS),
  ].sort((a, b) => a.index - b.index);
  for (const m of matches) {
    const name = m.groups!.name;
    const state = m.groups!.state ?? m.groups!.borrowed;
    // A dateline names a city (WASHINGTON is the capital, not the state).
    const places = ctx.gazetteer.lookupPlace(name).filter((p) => p.featureCode !== "ADM1");
    if (places.length === 0) continue;
    const place = rankPlaces(name, places, ctx, state ? findContainer(state.trim(), ctx.gazetteer) : undefined)[0];
    spans.push(
      gazetteerSpan({ start: m.index!, end: m.index! + name.length, by: "places/dateline" }, place, "DATELINE"),
    );
  }
  return spans;
}

/** "W.Va." or "Texas" after the dateline's town: the state it lies in. */
function findContainer(text: string, gazetteer: Gazetteer): GazetteerPlace | undefined {
  const state = gazetteer.expandStateAbbreviation(text.replace(/\s+/g, " ")) ?? text;
  return gazetteer.lookupPlace(state).find((p) => p.featureCode === "ADM1");
}
