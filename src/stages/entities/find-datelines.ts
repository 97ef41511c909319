// A wire report's dateline: the line that opens with its town in capitals, then maybe the state or country,
// then the date or the agency and its dash ("LYON , France 1997-03-14", "ST. PAUL 1997-03-14", "IRVINE, Calif.
// (Reuters) -", "GOMA (Wire) -"): any agency, named in brackets before the dash or the line's end, not a list of them.
// Its town is a place whatever else the document calls that name ("Bucharest" the exchange, "Nice" the
// club): the dateline says where the report was filed. The places stage reads the same line on its own.
import type { LayerSpan } from "../../doc.js";
import { findAllMatches } from "../../text/find-all-matches.js";

// The town: one to four words in capitals (inner dots, hyphens, apostrophes: "N'DJAMENA", "ST. LOUIS"); the
// state or country after a comma: capitalised words or an abbreviation ("Calif", "N.H.").
const TOWN = String.raw`\p{Lu}[\p{Lu}.'’-]*\p{Lu}\.?(?:[ ]\p{Lu}[\p{Lu}.'’-]*\p{Lu}\.?){0,3}`;
const REGION = String.raw`\p{Lu}[\p{L}.'’-]*(?:[ ]\p{Lu}[\p{L}.'’-]*){0,2}`;
const DATE_OR_AGENCY = String.raw`(?:\d{4}-\d\d-\d\d\b|\(\s*\p{Lu}[\p{L}.&' ]{0,30}\)(?:[ ]?(?:—|–|--|-|:)|[ ]*$)|(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?[ ]\d{1,2}\b)`;
const DATELINE = new RegExp(String.raw`^(${TOWN})(?:[ ]?,[ ]?(${REGION}))?[ ]?,?[ ]?(?=${DATE_OR_AGENCY})`, "gmu");

/** LOC spans over each dateline's town and, unless another span already covers it, its state or country. */
export function findDatelines(text: string, claimed: readonly LayerSpan<"entities">[]): LayerSpan<"entities">[] {
  const spans: LayerSpan<"entities">[] = [];
  const isClaimed = (start: number, end: number) => claimed.some((s) => s.start < end && start < s.end);
  for (const m of findAllMatches(text, DATELINE)) {
    const townStart = m.index!;
    const town = m[1];
    if (!isClaimed(townStart, townStart + town.length)) spans.push(datelineSpan(townStart, town));
    if (m[2]) {
      const regionStart = townStart + m[0].indexOf(m[2], town.length);
      const region = m[2];
      if (!isClaimed(regionStart, regionStart + region.length)) spans.push(datelineSpan(regionStart, region));
    }
  }
  return spans;
}

function datelineSpan(start: number, name: string): LayerSpan<"entities"> {
  return { start, end: start + name.length, label: "LOC", by: "entities/names:dateline", data: { name } };
}
