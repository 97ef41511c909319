// chrono-node as the engine for calendar dates ("June 9", "Sunday", "March 2020", "6 p.m. Eastern time
// Sunday"): its results become candidates with a TIMEX3 value at the precision the text gives.

import type { ParsedResult } from "chrono-node";
import * as chrono from "chrono-node";
import { isoDay, pad, parseDay } from "./calendar.js";
import type { Anchor, Candidate } from "./candidate.js";
import { isFutureClause } from "./detect-future-tense.js";
import { findTimeDayPairs, zonedInstant } from "./merge-time-and-day.js";
import { resolveDate } from "./resolve-date.js";
import type { DatesSettings } from "./settings.js";

const parser = chrono.casual.clone();
// chrono drops results whose text is only digits, so the result keeps its preposition or article
// ("in 2014", "the 2020 airstrikes") and the candidate trims it off again.
parser.parsers.push({
  pattern: () =>
    /\b(?:in|since|by|during|of|until|before|after|from|the|a|and|to|through|than|between|with|for|early|late|mid-)\s+((?:19|20)\d{2})\b(?!\s*(?:[-/,]\s*\d|\d|%|people|troops|soldiers|civilians|fighters|dead|killed))/i,
  extract: (context, match) => context.createParsingResult(match.index ?? 0, match[0], { year: Number(match[1]) }),
});

// "In January, 12 soldiers died": a number after a month's comma that counts a word is no day of it. The
// comma becomes a semicolon for chrono (same length, so offsets hold) and the month stands alone.
const MONTH_COMMA_BEFORE_COUNT =
  /\b(?:january|february|march|april|may|june|july|august|september|october|november|december),(?=\s+\d{1,3}\s+[a-z])/gi;

export function parseChronoDates(text: string, anchor: Anchor, settings: DatesSettings): Candidate[] {
  const published = anchor.published ? new Date(`${isoDay(anchor.published)}T00:00:00Z`) : null;
  const read = text.replace(MONTH_COMMA_BEFORE_COUNT, (m) => `${m.slice(0, -1)};`);
  const results = parser.parse(read, { instant: published ?? new Date(0), timezone: "UTC" }, { forwardDate: false });
  const pairs = findTimeDayPairs(text, results);
  const paired = new Set(pairs.flatMap((p) => [p.time, p.day]));
  const candidates: Candidate[] = [];
  for (const result of results) {
    if (paired.has(result)) continue;
    if (!published && !hasWrittenYear(result)) continue; // relative to what? not supported by the text
    if (isNotADate(text, result, settings.currencyLookbackChars)) continue;
    for (const part of splitRange(result))
      candidates.push(
        candidateOf(text, part, { start: part.index, end: part.index + part.text.length }, published, settings),
      );
  }
  for (const pair of pairs) {
    if (!published && !hasWrittenYear(pair.day)) continue;
    const day = candidateOf(text, pair.day, { start: pair.time.index, end: pair.end }, published, settings);
    const hour = pair.time.start.get("hour")!;
    const minute = pair.time.start.get("minute") ?? 0;
    day.timex = `${day.range!.start}T${pad(hour)}:${pad(minute)}`;
    day.timexType = "TIME";
    if (pair.zone) day.instant = zonedInstant(day.range!.start, hour, minute, pair.zone);
    candidates.push(day);
  }
  return candidates;
}

/**
 * Without a publication date only a written year anchors a date: chrono marks the year of "this month"
 * or "yesterday" certain, but certain relative to its reference instant, which is then the epoch.
 */
function hasWrittenYear(result: ParsedResult): boolean {
  return result.start.isCertain("year") && /\b\d{4}\b|'\d{2}\b/.test(result.text);
}

/**
 * "from May 3 to June 9", "today through Dec. 4": chrono returns one range; TimeML (and the events
 * stage, which wants each day's evidence) marks each end as its own expression.
 */
function splitRange(result: ParsedResult): ParsedResult[] {
  if (!result.end) return [result];
  const separator = /(?:(?<!\s)\s+)?(?:\bto\b|\bthrough\b|\bthru\b|\buntil\b|\btill\b|\band\b|[-–—])\s*/i.exec(
    result.text,
  );
  if (!separator || separator.index === 0) return [result];
  const second = separator.index + separator[0].length;
  // A copy on the result's own prototype, so each half keeps chrono's methods (date(), tags()).
  const part = (offset: number, text: string, start: ParsedResult["start"]): ParsedResult =>
    Object.assign(Object.create(Object.getPrototypeOf(result)), result, {
      index: result.index + offset,
      text,
      start,
      end: null,
    });
  return [
    part(0, result.text.slice(0, separator.index), result.start),
    part(second, result.text.slice(second), result.end),
  ];
}

function candidateOf(
  text: string,
  result: ParsedResult,
  at: { start: number; end: number },
  published: Date | null,
  settings: DatesSettings,
): Candidate {
  const isFuture = isFutureClause(text, result.index, result.text.length, settings);
  const { value, stated } = resolveDate(result, published, isFuture);
  const trimmed = trimSpan(text, at.start, at.end);
  const base = { ...trimmed, by: "dates/chrono", stated };
  const c = result.start;
  const hasDay = c.isCertain("day") || c.isCertain("weekday");
  if (!hasDay && c.isCertain("hour")) {
    // A clock time alone ("at 6 p.m."): TimeML anchors it to the publication day; no calendar date is named.
    const day = published ? isoDay(parseDay(published.toISOString())!) : "XXXX-XX-XX";
    return {
      ...base,
      stated: false,
      timex: `${day}T${pad(c.get("hour")!)}:${pad(c.get("minute") ?? 0)}`,
      timexType: "TIME",
      kind: "clock-time",
    };
  }
  const timex = hasDay ? value.start : c.isCertain("month") ? value.start.slice(0, 7) : value.start.slice(0, 4);
  // "fell 6.43, on Friday": without a.m./p.m. or a colon the number is not a clock time.
  if (hasDay && c.isCertain("hour") && hasClockCue(result.text))
    return { ...base, timex: `${timex}T${pad(c.get("hour")!)}:${pad(c.get("minute") ?? 0)}`, timexType: "TIME" };
  return { ...base, timex, timexType: "DATE", range: value };
}

/**
 * chrono's false friends in news: "Sun" (a newspaper, a company), "$2.50 a share" read as 2.50 a.m.,
 * fractions ("7/8"), lone numbers. News writes weekdays in full and dates with month names.
 */
function isNotADate(text: string, result: ParsedResult, currencyLookbackChars: number): boolean {
  const t = result.text.trim().replace(/(?<![.,;:])[.,;:]+$/, "");
  const c = result.start;
  // A clock time in news carries a.m./p.m., a colon, "noon" or "o'clock"; "4 to 15" is a score or a price.
  if (c.isCertain("hour") && !c.isCertain("day") && !c.isCertain("weekday") && !hasClockCue(result.text)) return true;
  if (/^(?:sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat)\.?,?$/i.test(t)) return true;
  if (/^\d+(?:[.:]\d+)?\s*[ap]$/i.test(t) || /^(?:at\s+)?\d+(?:\.\d+)?$/i.test(t)) return true; // "closed at 20"
  if (/^(?:the\s+)?(?:sec|min|night|evening|morning|afternoon|half)\b/i.test(t) && !/\d/.test(t)) return true;
  if (/^\d{1,2}\/\d{1,2}$/.test(t)) return true;
  // "within five years", "90 days after": a counted unit is a duration (parse-durations), not a date.
  if (
    /\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b/i.test(t) &&
    !/\b(?:last|this|next|ago|yesterday|today|tomorrow)\b/i.test(t)
  )
    return true;
  if (/[$£€]\s*$/.test(text.slice(Math.max(0, result.index - currencyLookbackChars), result.index))) return true;
  return /^(?:may|march|august)$/i.test(t) && !/^[A-Z]/.test(t); // "may" the verb, "march" the noun
}

function hasClockCue(text: string): boolean {
  return /[ap]\.?m\b|\d:\d|noon|midnight|o'clock|morning|afternoon|evening|night/i.test(text);
}

function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  // chrono keeps "Sunday," with its comma; the period of "p.m." stays.
  while (end > start && /[\s,.;:]/.test(text[end - 1]) && !/\b[ap]\.m\.$/i.test(text.slice(start, end))) end--;
  const bareHour = /(?<!\s)\s+at\s+\d{1,2}$/.exec(text.slice(start, end)); // "Mar. 5, 1988 at 2" (a list, not 1 o'clock)
  if (bareHour) end -= bareHour[0].length;
  const lead =
    /^(?:(?:in|since|by|during|of|until|before|after|from|the|a|and|to|through|than|between|with|for|at|on|around|about)\s+)+(?=\d)/i.exec(
      text.slice(start, end),
    );
  if (lead) start += lead[0].length;
  const on = /^(?:on|at|in|during|by|since|until|from|of)\s+(?=\D)/i.exec(text.slice(start, end));
  if (on) start += on[0].length;
  return { start, end };
}
