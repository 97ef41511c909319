// The calendar period a TIMEX3 DATE/TIME value names, as the dates layer's {start, end, precision}:
// "2021-06-27" one day (1), "2021-W25" a week (2), "2021-02" / "2021-Q1" / "2021-SU" / "2014" / "199"
// a month or longer (3). Values without a calendar period (durations, PRESENT_REF, XXXX-...) give null.
import { addDays, addMonths, type Day, isoDay, lastDayOfMonth } from "./calendar.js";

export type DateRange = { start: string; end: string; precision: 1 | 2 | 3 };

const SEASON_MONTHS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] };

export function rangeOfTimex(value: string): DateRange | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(value);
  if (m) return single({ year: +m[1], month: +m[2], day: +m[3] });
  m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value);
  if (m) return weekRange(+m[1], +m[2], Boolean(m[3]));
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return months({ year: +m[1], month: +m[2], day: 1 }, 1);
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) return months({ year: +m[1], month: (+m[2] - 1) * 3 + 1, day: 1 }, 3);
  m = /^(\d{4})-H([12])$/.exec(value);
  if (m) return months({ year: +m[1], month: (+m[2] - 1) * 6 + 1, day: 1 }, 6);
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (m) return months({ year: +m[1], month: SEASON_MONTHS[m[2]][0], day: 1 }, 3);
  m = /^(\d{4})$/.exec(value);
  if (m) return months({ year: +m[1], month: 1, day: 1 }, 12);
  m = /^(\d{3})$/.exec(value);
  if (m) return months({ year: +m[1] * 10, month: 1, day: 1 }, 120);
  return null;
}

function single(d: Day): DateRange {
  return { start: isoDay(d), end: isoDay(d), precision: 1 };
}

function months(first: Day, count: number): DateRange {
  const last = lastDayOfMonth(addMonths(first, count - 1));
  return { start: isoDay(first), end: isoDay(last), precision: 3 };
}

function weekRange(year: number, week: number, weekendOnly: boolean): DateRange {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = addDays({ year, month: 1, day: 4 }, -((jan4.getUTCDay() + 6) % 7) + (week - 1) * 7);
  const first = weekendOnly ? addDays(monday, 5) : monday;
  return { start: isoDay(first), end: isoDay(addDays(monday, 6)), precision: 2 };
}
