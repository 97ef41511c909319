// Business-news periods: "the third quarter", "third-quarter", "the fourth quarter of 1988", "1988's
// first quarter", "the latest quarter", "the first half", "fiscal 1989". A quarter without a year is the
// latest one that has begun by the publication date (earnings are reported after the quarter).
import { addMonths, type Day, quarterOf } from "./calendar.js";
import { type Anchor, type Candidate, matchAll } from "./candidate.js";

const ORDINAL: Record<string, number> = {
  first: 1,
  "1st": 1,
  second: 2,
  "2nd": 2,
  third: 3,
  "3rd": 3,
  fourth: 4,
  "4th": 4,
  final: 4,
  last: 4,
};
const YEAR_BEFORE = `(?:((?:19|20)\\d{2})(?:'s)?|(this|last|next)\\s+year's)`;
const NAMED = new RegExp(
  `\\b(?:the\\s+)?(?:${YEAR_BEFORE}\\s+)?(?:fiscal\\s+)?(first|1st|second|2nd|third|3rd|fourth|4th)[\\s-]+(quarter|half|period)\\b(?:\\s+(?:of\\s+)?(?:fiscal\\s+)?((?:19|20)\\d{2}))?`,
  "gi",
);
const LATEST =
  /\b(the|this|that)\s+(?:(latest|most\s+recent|recent|current|past|previous|fiscal)\s+)?quarter\b|\bthe\s+(latest|most\s+recent)\s+period\b/gi;
// "the 1988 period", "the year-earlier quarter", "last year's quarter": a quarter whose number the
// context gives (refine-year-ago-quarter reads it from the quarter the text is about).
const PERIOD_OF_YEAR =
  /\bthe\s+((?:19|20)\d{2}|year-earlier|year-ago|prior-year|(?:last|previous)\s+year's)\s+(?:quarter|period)\b/gi;
const FISCAL = /\bfiscal(?:\s+year)?\s+((?:19|20)\d{2})\b/gi;

// Every pattern above holds one of these as a whole word: a text with none of them (most reports) is not
// searched four times.
const PERIOD_WORD = /\b(?:quarter|half|period|fiscal)\b/i;

export function parseQuarters(text: string, anchor: Anchor): Candidate[] {
  const out: Candidate[] = [];
  if (!PERIOD_WORD.test(text)) return out;
  const published = anchor.published;
  for (const m of matchAll(text, NAMED)) {
    const n = ORDINAL[m[3].toLowerCase()];
    const isHalf = m[4].toLowerCase() === "half";
    if (m[4].toLowerCase() === "period" && !m[1] && !m[2]) continue;
    const year =
      m[1] ??
      m[5] ??
      (m[2] && published
        ? String(published.year + (m[2].toLowerCase() === "last" ? -1 : m[2].toLowerCase() === "next" ? 1 : 0))
        : null) ??
      (published ? String(latestYearOf(published, n, isHalf)) : null);
    if (!year) continue;
    const stated = Boolean(m[1] ?? m[5]);
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      by: "dates/quarters",
      timex: `${year}-${isHalf ? "H" : "Q"}${n}`,
      timexType: "DATE",
      stated,
      kind: "quarter",
    });
  }
  if (published) {
    for (const m of matchAll(text, LATEST)) {
      const which = (m[2] ?? (m[1]?.toLowerCase() === "this" ? "current" : "")).toLowerCase();
      const q = which === "current" ? published : addMonths({ ...published, day: 1 }, -3);
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        by: "dates/quarters",
        timex: `${q.year}-Q${quarterOf(q)}`,
        timexType: "DATE",
        stated: false,
        kind: "quarter",
      });
    }
  }
  for (const m of matchAll(text, PERIOD_OF_YEAR)) {
    const stated = /^\d/.test(m[1]);
    const year = stated ? Number(m[1]) : published ? published.year - 1 : null;
    if (year === null) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      by: "dates/quarters",
      timex: String(year),
      timexType: "DATE",
      stated,
      kind: "quarter-of-year",
    });
  }
  for (const m of matchAll(text, FISCAL))
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      by: "dates/quarters",
      timex: m[1],
      timexType: "DATE",
      stated: true,
    });
  return out;
}

/** The year of the latest quarter (or half) n that has begun by the publication day. */
function latestYearOf(published: Day, n: number, isHalf: boolean): number {
  const firstMonth = isHalf ? (n - 1) * 6 + 1 : (n - 1) * 3 + 1;
  return firstMonth <= published.month ? published.year : published.year - 1;
}
