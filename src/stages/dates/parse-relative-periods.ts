// Periods named relative to the publication date: "last year", "this month", "next week", "earlier this
// year", "two years ago", "a year earlier", "year-ago", "the weekend". Values follow TimeML: a year
// "2020", a month "2021-06", an ISO week "2021-W25", "N units ago" at the unit's own granularity.
import {
  addDays,
  addMonths,
  type Day,
  isoDay,
  isoMonth,
  isoWeek,
  MONTH_NAMES,
  quarterOf,
  weekdayOf,
} from "./calendar.js";
import { type Anchor, type Candidate, type CandidateParser, matchAll } from "./candidate.js";
import { countPattern, type DateQuantities, readCount, readUnit } from "./quantities.js";

const SHIFT: Record<string, number> = { last: -1, previous: -1, past: -1, this: 0, current: 0, next: 1, coming: 1 };
const PERIOD =
  /\b(?:(early|late|mid-?|earlier|later)\s+)?(last|previous|this|current|next|coming)\s+(year|month|week|quarter|weekend)\b/gi;
const YEAR_AGO = /\b(?:the\s+)?year-(?:ago|earlier)\b|\bthe\s+(?:previous|prior|preceding)\s+year\b/gi;
const MONTH_PATTERN = MONTH_NAMES.join("|");
const MONTH_OF = new RegExp(`\\b(${MONTH_PATTERN})\\s+(last|this|next)\\s+year\\b`, "gi");
const THIS_MONTH = new RegExp(`\\b(last|this|next|this\\s+past|this\\s+coming)\\s+(${MONTH_PATTERN})\\b`, "gi");
const YEAR_END = /\b(?:the\s+end\s+of\s+(?:the|this)\s+year|year-end|year's\s+end)\b/gi;
// "a weekend" too: chrono would otherwise read the bare word as one Saturday (day precision).
const WEEKEND = /\b(?:the|this|last|past|a)\s+weekend\b/gi;

/** The relative-periods parser, its "N units ago" pattern compiled once from the count words. */
export function createRelativePeriodsParser(quantities: DateQuantities): CandidateParser {
  const ago = new RegExp(
    `\\b(?:(?:about|nearly|almost|some|more\\s+than|roughly|just)\\s+)?(${countPattern(quantities)})\\s+(years?|months?|weeks?|days?|decades?|quarters?)\\s+(?:or\\s+so\\s+)?(ago|earlier|before|previously)\\b`,
    "gi",
  );
  return (text, anchor) => parseRelativePeriods(text, anchor, ago, quantities);
}

function parseRelativePeriods(text: string, anchor: Anchor, ago: RegExp, quantities: DateQuantities): Candidate[] {
  const published = anchor.published;
  if (!published) return [];
  const out: Candidate[] = [];
  for (const m of matchAll(text, PERIOD)) {
    if (m[3].toLowerCase() === "weekend") continue;
    const timex = periodValue(published, m[3].toLowerCase(), SHIFT[m[2].toLowerCase()]);
    out.push(candidate(m.index, m.index + m[0].length, timex, "relative-period"));
  }
  for (const m of matchAll(text, ago)) {
    const count = readCount(m[1], quantities);
    const { unit, factor } = readUnit(m[2], quantities);
    const n = count === "X" ? NaN : Number(count) * factor;
    const timex = Number.isNaN(n) ? vagueAgo(published, unit) : agoValue(published, unit, n);
    out.push(candidate(m.index, m.index + m[0].length, timex, n === 1 && unit === "Y" ? "year-ago" : "ago"));
  }
  for (const m of matchAll(text, YEAR_AGO))
    out.push(candidate(m.index, m.index + m[0].length, String(published.year - 1), "year-ago"));
  for (const m of matchAll(text, MONTH_OF)) {
    const year = published.year + SHIFT[m[2].toLowerCase()];
    out.push(
      candidate(
        m.index,
        m.index + m[0].length,
        `${year}-${String(MONTH_NAMES.indexOf(m[1].toLowerCase()) + 1).padStart(2, "0")}`,
        "month-of-year",
      ),
    );
  }
  for (const m of matchAll(text, THIS_MONTH)) {
    const month = MONTH_NAMES.indexOf(m[2].toLowerCase()) + 1;
    const which = m[1].toLowerCase().replace(/\s+/g, " ");
    const year =
      which === "this"
        ? published.year
        : /last|past/.test(which)
          ? published.year - (month < published.month ? 0 : 1)
          : published.year + (month > published.month ? 0 : 1);
    out.push(candidate(m.index, m.index + m[0].length, `${year}-${String(month).padStart(2, "0")}`, "month-of-year"));
  }
  for (const m of matchAll(text, YEAR_END))
    out.push(candidate(m.index, m.index + m[0].length, String(published.year), "year-end"));
  for (const m of matchAll(text, WEEKEND)) {
    // The weekend just before (or of) the publication day: its Saturday.
    const saturday = addDays(published, -((weekdayOf(published) + 1) % 7));
    out.push(candidate(m.index, m.index + m[0].length, `${isoWeek(saturday)}-WE`, "weekend"));
  }
  return out;
}

function candidate(start: number, end: number, timex: string, kind: string): Candidate {
  return { start, end, by: "dates/relative-periods", timex, timexType: "DATE", stated: false, kind };
}

function periodValue(published: Day, unit: string, shift: number): string {
  if (unit === "year") return String(published.year + shift);
  if (unit === "month") return isoMonth(addMonths({ ...published, day: 1 }, shift));
  if (unit === "week") return isoWeek(addDays(published, 7 * shift));
  const q = addMonths({ ...published, day: 1 }, 3 * shift);
  return `${q.year}-Q${quarterOf(q)}`;
}

function agoValue(published: Day, unit: string, n: number): string {
  if (unit === "Y") return String(published.year - n);
  if (unit === "M") return isoMonth(addMonths(published, -n));
  if (unit === "Q") return `${addMonths(published, -3 * n).year}-Q${quarterOf(addMonths(published, -3 * n))}`;
  if (unit === "W") return isoWeek(addDays(published, -7 * n));
  return isoDay(addDays(published, -n));
}

function vagueAgo(published: Day, unit: string): string {
  if (unit === "Y") return `${String(published.year).slice(0, 3)}X`;
  return "PAST_REF";
}
