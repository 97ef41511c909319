// Seasons ("this summer", "last spring", "the winter of 1998"), decades ("the 1990s", "the '80s", "the
// nineties") and centuries ("the 20th century").
// A season needs a determiner or a year, so "fall" and "spring" as verbs or nouns stay out.
import { type Anchor, type Candidate, matchAll } from "./candidate.js";

const SEASON: Record<string, string> = { spring: "SP", summer: "SU", fall: "FA", autumn: "FA", winter: "WI" };
const NAMED =
  /\b(?:(?:early|late|mid-?)\s*)?(?:(this|last|next|the\s+past|the|in\s+the)\s+)(spring|summer|fall|autumn|winter)\b(?:\s+(?:of\s+)?((?:19|20)\d{2})\b)?|\b(spring|summer|fall|autumn|winter)\s+((?:19|20)\d{2})\b/gi;
const CENTURY = /\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\s+century\b/gi;
const SPELLED_DECADE = /\b(?:the\s+)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/gi;
const DECADE_DIGIT: Record<string, number> = {
  twenties: 2,
  thirties: 3,
  forties: 4,
  fifties: 5,
  sixties: 6,
  seventies: 7,
  eighties: 8,
  nineties: 9,
};
const DECADE = /\b(?:the\s+)?(?:(?:early|late|mid-?)\s*)?(?:((?:1[89]|20)\d)0s|'(\d)0s)\b/gi;

// Every pattern above holds one of these: a season, a spelled decade or "century" as a whole word, or a decade's
// "0s". A text with none of them is not searched four times ("ties" alone would let "casualties" through).
const SEASON_OR_DECADE =
  /\b(?:spring|summer|fall|autumn|winter|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|century)\b|0s\b/i;

export function parseSeasonsAndDecades(text: string, anchor: Anchor): Candidate[] {
  const out: Candidate[] = [];
  if (!SEASON_OR_DECADE.test(text)) return out;
  for (const m of matchAll(text, NAMED)) {
    const season = SEASON[(m[2] ?? m[4]).toLowerCase()];
    const statedYear = m[3] ?? m[5];
    const year = statedYear
      ? Number(statedYear)
      : anchor.published
        ? seasonYear(anchor.published.year, anchor.published.month, season, (m[1] ?? "").toLowerCase())
        : null;
    if (year === null) continue;
    const inThe = /^in\s+the\s+/i.exec(m[0]);
    out.push({
      start: m.index + (inThe ? 3 : 0),
      end: m.index + m[0].length,
      by: "dates/seasons",
      timex: `${year}-${season}`,
      timexType: "DATE",
      stated: Boolean(statedYear),
    });
  }
  for (const m of matchAll(text, DECADE)) {
    const decade = m[1] ?? (anchor.published ? `${String(anchor.published.year).slice(0, 2)}${m[2]}` : null);
    if (!decade) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      by: "dates/decades",
      timex: decade,
      timexType: "DATE",
      stated: Boolean(m[1]),
    });
  }
  for (const m of matchAll(text, SPELLED_DECADE)) {
    if (!/^the\s/i.test(m[0])) continue; // "in his forties" is an age
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      by: "dates/decades",
      timex: `19${DECADE_DIGIT[m[1].toLowerCase()]}`,
      timexType: "DATE",
      stated: true,
    });
  }
  // TimeML writes a century as its first two digits: "the 20th century" -> "19".
  for (const m of matchAll(text, CENTURY)) {
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      by: "dates/decades",
      timex: String(Number(m[1]) - 1).padStart(2, "0"),
      timexType: "DATE",
      stated: true,
    });
  }
  return out;
}

const FIRST_MONTH: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** "this summer" is the current year's; "last summer" the latest one that has begun, minus one. */
function seasonYear(year: number, month: number, season: string, which: string): number {
  const begun = FIRST_MONTH[season] <= month;
  if (which === "next") return begun ? year + 1 : year;
  if (which === "last" || which === "the past") return begun ? year - 1 : year - 1;
  return year;
}
