// Parts of a day: "this morning", "last night", "tonight", "Saturday night", "yesterday afternoon".
// TimeML writes them as the day plus TMO / TAF / TEV / TNI (type TIME); the day still names a date.
// A part with no day word ("in the early afternoon") takes the publication day as TimeML anchors it, but is
// marked `dayless`: in a report it is often the time of the act just told, whose day the text gave before.
import { addDays, type Day, isoDay, weekdayOf } from "./calendar.js";
import { type Anchor, type Candidate, matchAll } from "./candidate.js";

const PART: Record<string, string> = { morning: "TMO", afternoon: "TAF", evening: "TEV", night: "TNI" };
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const PATTERN =
  /\b(?:(this|last|yesterday|today|tomorrow|sunday|monday|tuesday|wednesday|thursday|friday|saturday)\s+(?:(?:early|late|mid-?)\s*)?(morning|afternoon|evening|night)|(tonight|overnight))\b|\b(?:early|late|mid-?)\s*(morning|afternoon|evening)(?:\s+(yesterday|today))?\b/gi;

export function parseTimesOfDay(text: string, anchor: Anchor): Candidate[] {
  const published = anchor.published;
  if (!published) return [];
  return matchAll(text, PATTERN).map((m): Candidate => {
    // "mid-afternoon" alone is the publication day's ("mid-afternoon yesterday" the day before).
    const dayWord = m[1] ?? m[3] ?? m[5];
    const which = (dayWord ?? "today").toLowerCase();
    const partWord = m[2] ?? m[4];
    const part = partWord ? PART[partWord.toLowerCase()] : "TNI";
    const day = dayOf(published, which, part);
    return {
      start: m.index,
      end: m.index + m[0].length,
      by: "dates/times-of-day",
      timex: `${isoDay(day)}${part}`,
      timexType: "TIME",
      stated: false,
      range: { start: isoDay(day), end: isoDay(day), precision: 1 },
      ...(dayWord ? {} : { dayless: true as const }),
    };
  });
}

// "the night of Saturday to Sunday", "overnight Saturday into Sunday": a night named by the day it falls
// after (TimeML: that day's TNI), the day after it only closing the phrase. chrono reads "night of Saturday"
// as tonight, which parse-chrono drops, so without this the day was lost.
const NIGHT_OF_DAY =
  /\b(?:(?:the\s+)?night\s+(?:of|from)|overnight(?:\s+(?:on|from))?)\s+(sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?:\s+(?:to|into|and)\s+(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday))?\b/gi;

export function parseNightsOfDays(text: string, anchor: Anchor): Candidate[] {
  const published = anchor.published;
  if (!published) return [];
  return matchAll(text, NIGHT_OF_DAY).map((m): Candidate => {
    const day = isoDay(dayOf(published, m[1].toLowerCase(), "TNI"));
    const start = m.index + (m[0].toLowerCase().startsWith("the ") ? 4 : 0);
    return {
      start,
      end: m.index + m[0].length,
      by: "dates/night-of-day",
      timex: `${day}TNI`,
      timexType: "TIME",
      stated: false,
      range: { start: day, end: day, precision: 1 },
    };
  });
}

function dayOf(published: Day, which: string, part: string): Day {
  if (which === "yesterday" || (which === "last" && part === "TNI") || which === "overnight")
    return addDays(published, -1);
  if (which === "tomorrow") return addDays(published, 1);
  const weekday = WEEKDAYS.indexOf(which);
  if (weekday < 0) return published;
  return addDays(published, -((weekdayOf(published) - weekday + 7) % 7)); // the latest such day, never later
}
