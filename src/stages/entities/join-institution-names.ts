// An institution's name often holds a country or a nationality the country matcher claimed first:
// "Central Bank of Chile", "U.S. Commerce Department", "Iraqi News Agency", "Palestinian Authority". The
// name finder then sees only "National Bank", "News Agency", or a lone "Authority" it drops. Here the
// organisation span is widened over "of (the) <country>" after it, or over a country or nationality right
// before it, when the organisation is named by its own words ("Bank", "Department", "Authority") and is no
// company ("Hanil Steel Corp of South Korea"). The country span stays, so the country is still known.
import type { LayerSpan } from "../../doc.js";
import type { NameLexicons } from "./name-lexicons.js";

// "Hanil Steel Corp of South Korea", "Porto of Portugal": a company or a team with its country, not one name.
const COMPANY_ENDING = /\b(?:Corp|Corporation|Co|Inc|Ltd|Limited|Plc|SA|AG|NV|Group|Holdings)\.?$/;
const OF_BETWEEN = /^ of (?:the )?$/;
const NEXT_WORD = /^ (\p{Lu}\p{Ll}+)\b/u;

export function joinInstitutionNames(
  text: string,
  known: readonly LayerSpan<"entities">[],
  names: LayerSpan<"entities">[],
  lex: NameLexicons,
): LayerSpan<"entities">[] {
  const places = known.filter((s) => s.label === "COUNTRY" || s.label === "NORP");
  const joined = names.map((name) => {
    if (name.label !== "ORG") return name;
    const isInstitution =
      name.by === "entities/names:org-word" && !COMPANY_ENDING.test(text.slice(name.start, name.end));
    if (!isInstitution) return name;
    const after = places.find(
      (c) => c.label === "COUNTRY" && c.start > name.end && OF_BETWEEN.test(text.slice(name.end, c.start)),
    );
    const before = places.find((c) => c.end < name.start && text.slice(c.end, name.start) === " ");
    return after || before ? widen(text, name, before?.start ?? name.start, after?.end ?? name.end) : name;
  });
  return [...joined, ...findHeadlessInstitutions(text, places, joined, lex)];
}

/** "Palestinian Authority", "American Airlines": a nationality or country and one organisation word. */
function findHeadlessInstitutions(
  text: string,
  places: LayerSpan<"entities">[],
  names: LayerSpan<"entities">[],
  lex: NameLexicons,
): LayerSpan<"entities">[] {
  const found: LayerSpan<"entities">[] = [];
  for (const place of places) {
    const word = NEXT_WORD.exec(text.slice(place.end, place.end + 40))?.[1];
    if (!word || !lex.orgWords.has(word.toLowerCase())) continue;
    const end = place.end + 1 + word.length;
    if (names.some((n) => n.start < end && place.end < n.end)) continue;
    found.push({
      start: place.start,
      end,
      label: "ORG",
      by: "entities/names:org-word+country",
      data: { name: text.slice(place.start, end) },
    });
  }
  return found;
}

function widen(text: string, name: LayerSpan<"entities">, start: number, end: number): LayerSpan<"entities"> {
  return { ...name, start, end, by: `${name.by}+country`, data: { ...name.data, name: text.slice(start, end) } };
}
