// A chrono result -> a DateValue: first and last day, ACLED precision, and whether the day was stated.
import type { ParsedComponents, ParsedResult } from "chrono-node";
import type { DateValue } from "../../doc.js";
import { addDays, type Day, isoDay, lastDayOfMonth } from "./calendar.js";

export type ResolvedDate = { value: DateValue; stated: boolean };

/** `isFutureTense`: the clause speaks of what is to come ("will meet on Dec. 15"), so the date may follow the publication day. */
export function resolveDate(result: ParsedResult, published: Date | null, isFutureTense = false): ResolvedDate {
  const start = result.start;
  const isWeek = /\bweek\b/i.test(result.text);
  let first = dayOf(start);
  let last = result.end ? dayOf(result.end) : first;
  let precision: DateValue["precision"] = 1;
  if (isWeek) {
    precision = 2;
    last = addDays(first, 6);
  } else if (!start.isCertain("day") && !start.isCertain("weekday")) {
    precision = 3;
    first = { ...first, day: 1 };
    if (!start.isCertain("month")) first.month = 1;
    last = start.isCertain("month") ? lastDayOfMonth(first) : { ...first, month: 12, day: 31 };
  }
  // "next Tuesday", "the coming week": the text itself points forward.
  const isForward = /\b(?:next|coming|upcoming)\b/i.test(result.text);
  if (published && !start.isCertain("year") && start.isCertain("weekday") && start.isCertain("day"))
    [first, last] = matchWeekday(first, start.get("weekday")!, published);
  else if (published && !start.isCertain("year") && isFutureTense && !isForward)
    [first, last] = shiftOutOfPast(first, last, start, published);
  else if (published && !start.isCertain("year") && !isForward)
    [first, last] = shiftOutOfFuture(first, last, start, published);
  // "last Thursday" in a Thursday paper is a week ago, not today.
  if (published && /\blast\s+\w+day\b/i.test(result.text) && isoDay(first) === isoDay(toDay(published)))
    [first, last] = [addDays(first, -7), addDays(last, -7)];
  return {
    value: { start: isoDay(first), end: isoDay(last), precision },
    // A weekday or "last week" names a day only through the publication date: inferred, not stated.
    stated: start.isCertain("year") || start.isCertain("month") || start.isCertain("day"),
  };
}

function toDay(date: Date): Day {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function dayOf(components: ParsedComponents): Day {
  return { year: components.get("year")!, month: components.get("month")!, day: components.get("day")! };
}

/** Reports look back: "Sunday" in a Monday paper is yesterday, "June 30" in a May paper is last year. */
function shiftOutOfFuture(first: Day, last: Day, start: ParsedComponents, published: Date): [Day, Day] {
  const limit = isoDay({
    year: published.getUTCFullYear(),
    month: published.getUTCMonth() + 1,
    day: published.getUTCDate(),
  });
  if (isoDay(first) <= limit) return [first, last];
  if (start.isCertain("weekday") && !start.isCertain("day")) return [addDays(first, -7), addDays(last, -7)];
  return [
    { ...first, year: first.year - 1 },
    { ...last, year: last.year - 1 },
  ];
}

/** "Saturday, April 25" fixes its year: the one nearest the publication date where April 25 is a Saturday. */
function matchWeekday(first: Day, weekday: number, published: Date): [Day, Day] {
  const year = published.getUTCFullYear();
  const fits =
    [year, year - 1, year + 1].find((y) => new Date(Date.UTC(y, first.month - 1, first.day)).getUTCDay() === weekday) ??
    first.year;
  const day = { ...first, year: fits };
  return [day, day];
}

/** The mirror of shiftOutOfFuture for a clause in the future tense: "Friday" is the coming one. */
function shiftOutOfPast(first: Day, last: Day, start: ParsedComponents, published: Date): [Day, Day] {
  const today = isoDay({
    year: published.getUTCFullYear(),
    month: published.getUTCMonth() + 1,
    day: published.getUTCDate(),
  });
  if (isoDay(last) >= today) return [first, last];
  if (start.isCertain("weekday") && !start.isCertain("day")) return [addDays(first, 7), addDays(last, 7)];
  return [
    { ...first, year: first.year + 1 },
    { ...last, year: last.year + 1 },
  ];
}
