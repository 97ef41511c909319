// Durations: "three years", "a decade", "more than two weeks", "the past two weeks", "the first nine
// months", "a three-year period", "a 35-year-old man", "for years", "recent months". TimeML types them
// DURATION with a P… value. "The past/last N units" also names the calendar period that ends at the
// publication date, so it keeps that range for the events stage (as ACLED would date "in the past two
// weeks"); other durations name no date at all.
import { addDays, addMonths, type Day, isoDay } from "./calendar.js";
import { type Anchor, type Candidate, type CandidateParser, matchAll } from "./candidate.js";
import { countPattern, type DateQuantities, durationValue, readCount, readUnit, unitPattern } from "./quantities.js";
import type { DatesSettings } from "./settings.js";

const MODIFIER = `(?:more\\s+than|less\\s+than|fewer\\s+than|about|nearly|almost|at\\s+least|some|over|up\\s+to|roughly|around|approximately|just|only)`;
// "the past year", "over the last decade": one unit back from the publication day.
const PAST_UNIT = /\bthe\s+(?:past|last)\s+(year|month|week|decade|quarter)\b/gi;
const VAGUE = /\b(?:(?:for|over\s+the\s+past)\s+)(years|months|weeks|days|decades|hours|quarters)\b/gi;
// "in recent months": TimeML's PAST_REF; sitrep also keeps the recent period it points at, back from
// the publication day by about one more unit than the word says (days -> a week, months -> a quarter).
const RECENT = /\brecent\s+(days|weeks|months)\b/gi;

type DurationContext = { counted: RegExp; quantities: DateQuantities; settings: DatesSettings };

/** The durations parser, its counted pattern compiled once from the count and unit words. */
export function createDurationsParser(quantities: DateQuantities, settings: DatesSettings): CandidateParser {
  const counted = new RegExp(
    `\\b(?:(the\\s+)?(past|last|next|first|latest|coming|previous|final|following|preceding)\\s+)?(?:the\\s+)?(?:${MODIFIER}\\s+)?(${countPattern(quantities)})[\\s-]+(${unitPattern(quantities)})(?:-(old|long))?\\b(?:\\s+period\\b)?`,
    "gi",
  );
  return (text, anchor) => parseDurations(text, anchor, { counted, quantities, settings });
}

function parseDurations(text: string, anchor: Anchor, context: DurationContext): Candidate[] {
  const { quantities, settings } = context;
  const out: Candidate[] = [];
  for (const m of matchAll(text, context.counted)) {
    const count = readCount(m[3], quantities);
    if (/^[a-z]+-quarters$/i.test(`${m[3]}-${m[4]}`) && /-/.test(m[0])) continue; // "three-quarters" is a fraction
    if (
      m[3].toLowerCase() === "a" &&
      !m[2] &&
      /^\s*(?:ago|earlier|before|later)/i.test(text.slice(m.index + m[0].length))
    )
      continue;
    if (/^an?$/i.test(m[3]) && isRate(text, m.index, settings.rateLookbackChars)) continue; // "$1.76 a year", "700 seats a week": a rate, not a duration
    if (/^\d+$/.test(count) && m[3].length === 4 && Number(count) > settings.yearLikeCountMin && !m[5]) continue; // "1990 years"? a year, not a count
    const start = m.index + (m[0].length - m[0].trimStart().length);
    const candidate: Candidate = {
      start,
      end: m.index + m[0].length,
      by: "dates/durations",
      timex: durationValue(count, m[4], quantities),
      timexType: "DURATION",
      stated: true,
    };
    const isPast = m[2] && /^(?:past|last|previous|preceding)$/i.test(m[2]);
    if (isPast && anchor.published && count !== "X")
      candidate.range = rangeBack(anchor.published, Number(count), m[4], context);
    out.push(candidate);
  }
  for (const m of matchAll(text, PAST_UNIT)) {
    const range = anchor.published ? rangeBack(anchor.published, 1, m[1], context) : undefined;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      by: "dates/durations",
      timex: durationValue("1", m[1], quantities),
      timexType: "DURATION",
      stated: true,
      range,
    });
  }
  for (const m of matchAll(text, VAGUE)) {
    const at = m.index + m[0].length - m[1].length;
    const recent = /recent/i.test(m[0]);
    out.push({
      start: recent ? m.index + m[0].search(/recent/i) : at,
      end: m.index + m[0].length,
      by: "dates/durations",
      timex: durationValue("X", m[1], quantities),
      timexType: "DURATION",
      stated: true,
    });
  }
  for (const m of matchAll(text, RECENT)) {
    const candidate: Candidate = {
      start: m.index,
      end: m.index + m[0].length,
      by: "dates/durations",
      timex: "PAST_REF",
      timexType: "DATE",
      stated: true,
    };
    const [days, months] = recentSpan(m[1].toLowerCase(), settings);
    if (anchor.published)
      candidate.range = {
        start: isoDay(addMonths(addDays(anchor.published, -days), -months)),
        end: isoDay(anchor.published),
        precision: days ? 2 : 3,
        open: true,
      };
    out.push(candidate);
  }
  return out;
}

/** Days and months back from the publication day that "recent days / weeks / months" covers. */
function recentSpan(word: string, settings: DatesSettings): [number, number] {
  if (word === "days") return [settings.recentDaysBackDays, 0];
  return [0, word === "weeks" ? settings.recentWeeksBackMonths : settings.recentMonthsBackMonths];
}

function isRate(text: string, index: number, lookbackChars: number): boolean {
  return /(?:\d|million|billion|trillion|percent|%|cents?|dollars?|times|twice|once|[a-z]+s)\s+$/i.test(
    text.slice(Math.max(0, index - lookbackChars), index),
  );
}

/** The period of n units that ends on the publication day. */
function rangeBack(
  published: Day,
  count: number,
  unitWord: string,
  { quantities, settings }: DurationContext,
): Candidate["range"] {
  const { unit, factor } = readUnit(unitWord, quantities);
  const n = count * factor;
  const first: Day | null =
    unit === "D"
      ? addDays(published, -n)
      : unit === "W"
        ? addDays(published, -7 * n)
        : unit === "M"
          ? addMonths(published, -n)
          : unit === "Q"
            ? addMonths(published, -3 * n)
            : unit === "Y"
              ? addMonths(published, -12 * n)
              : null;
  if (!first) return undefined;
  const days = (Date.parse(isoDay(published)) - Date.parse(isoDay(first))) / 86_400_000;
  const precision = days <= settings.dayPrecisionMaxDays ? 1 : days <= settings.weekPrecisionMaxDays ? 2 : 3;
  return { start: isoDay(first), end: isoDay(published), precision };
}
