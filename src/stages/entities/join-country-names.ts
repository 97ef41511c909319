// A country inside an organisation's name: "Air France", "Statistics Canada", "China Daily", "Kenya Airways",
// "Bank of Canada". The country matcher claims the country first, so the name finder sees only an ordinary
// word it drops ("Air") or misreads ("China Daily said" -> a person "Daily"). Mid-sentence, an ordinary
// English word written with a capital right against a country's name is part of one name with it, and a
// name made of a country and an ordinary word is an organisation's (a place's would be "East Timor",
// "Northern Ireland": compass and size words are left out). The country span stays, so it is still known.
import type { LayerSpan } from "../../doc.js";
import { overlaps, overlapsAny } from "../../text/span-overlap.js";
import type { NameLexicons } from "./name-lexicons.js";

// The word after must end the name: "U.S. Flag Day", "Hong Kong Chief Secretary" go on past it.
const WORD_AFTER = /^ (\p{Lu}\p{Ll}+)\b(?![-'’]\p{L})(?! \p{Lu})/u;
const WORD_BEFORE = /(?:^|[^\p{L}\p{N}])(\p{Lu}\p{Ll}+) $/u;
const OF_BEFORE = /(?:^|[^\p{L}\p{N}])(\p{Lu}\p{Ll}+) of (?:the )?$/u;
// Words that make a place of a place ("East Timor", "Greater London", "Mainland China") or that a country
// only stands beside ("Iraq War" is an event, "Britain Thursday" a date).
const PLACE_MAKERS = new Set([
  "north",
  "south",
  "east",
  "west",
  "northern",
  "southern",
  "eastern",
  "western",
  "central",
  "upper",
  "lower",
  "greater",
  "mainland",
  "new",
  "old",
  "inner",
  "outer",
  "coastal",
  "rural",
  "occupied",
  "war",
  "wars",
  "open",
  "cup",
  "government",
  "state",
  "republic",
  "kingdom",
  "empire",
]);

// "Hanil Steel Corp of South Korea": a company with its country is two names (join-institution-names.ts).
const COMPANY_ENDING = /^(?:Corp|Corporation|Co|Inc|Ltd|Limited|Plc|Group|Holdings)$/;

export function joinCountryNames(
  text: string,
  known: readonly LayerSpan<"entities">[],
  names: LayerSpan<"entities">[],
  lex: NameLexicons,
): LayerSpan<"entities">[] {
  const found: LayerSpan<"entities">[] = [];
  for (const country of known.filter((s) => s.label === "COUNTRY")) {
    const after = WORD_AFTER.exec(text.slice(country.end, country.end + 40))?.[1];
    const window = text.slice(Math.max(0, country.start - 40), country.start);
    const before = WORD_BEFORE.exec(window);
    const ofBefore = OF_BEFORE.exec(window);
    if (after && isNameWord(after, lex) && !isTitleCaseLine(text, country.start)) {
      found.push(orgSpan(text, country.start, country.end + 1 + after.length));
    } else if (
      before &&
      isNameWord(before[1], lex) &&
      !isLineInitial(text, country.start - window.length + before.index + before[0].indexOf(before[1]))
    ) {
      found.push(orgSpan(text, country.start - before[1].length - 1, country.end));
    } else if (ofBefore && lex.orgWords.has(ofBefore[1].toLowerCase()) && !COMPANY_ENDING.test(ofBefore[1])) {
      // "Bank of Canada": an organisation's word alone, which the name finder dropped, and its country.
      const start = country.start - window.length + ofBefore.index + ofBefore[0].indexOf(ofBefore[1]);
      if (!isLineInitial(text, start) || ofBefore[1] !== "The") found.push(orgSpan(text, start, country.end));
    }
  }
  const kept = found.filter((f) => !names.some((n) => overlaps(n, f) && n.end - n.start > f.end - f.start));
  return [...names.filter((n) => !overlapsAny(kept, n)), ...kept];
}

/** An ordinary English word (frequent in lower case), not a first name, a calendar word or a place maker. */
function isNameWord(word: string, lex: NameLexicons): boolean {
  const lower = word.toLowerCase();
  return (
    lex.commonWords.has(lower) &&
    !lex.firstNames.has(word) &&
    !lex.notNames.has(word) &&
    !PLACE_MAKERS.has(lower) &&
    !lex.locWords.has(lower)
  );
}

/** The word opens its line or sentence, where any word is capitalised. */
function isLineInitial(text: string, start: number): boolean {
  return /(?:^|[.!?:"“(\n-])\s*$/.test(text.slice(Math.max(0, start - 3), start));
}

// A headline in title case ("Iraq Says Talks Failed") capitalises its verbs: most of its words start upper-case.
function isTitleCaseLine(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf("\n", at) + 1;
  const lineEnd = text.indexOf("\n", at);
  const words = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).match(/\p{L}{4,}/gu) ?? [];
  return words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.7;
}

function orgSpan(text: string, start: number, end: number): LayerSpan<"entities"> {
  return { start, end, label: "ORG", by: "entities/names:country-in-name", data: { name: text.slice(start, end) } };
}
