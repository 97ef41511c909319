// Calendar arithmetic on plain days (no time zones: a report's dates are calendar days), and the
// TIMEX3 value of a day, week, month, quarter or year.
export type Day = { year: number; month: number; day: number };

/** Month names in calendar order, lower-cased: index + 1 is the month number. */
export const MONTH_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

export function isoDay(d: Day): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

export function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

export function parseDay(iso: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? { year: +m[1], month: +m[2], day: +m[3] } : null;
}

export function addDays(d: Day, days: number): Day {
  const date = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The same day n months later, clamped to the month's last day. */
export function addMonths(d: Day, months: number): Day {
  const index = d.year * 12 + d.month - 1 + months;
  const first = { year: Math.floor(index / 12), month: (index % 12) + 1, day: 1 };
  return { ...first, day: Math.min(d.day, lastDayOfMonth(first).day) };
}

export function lastDayOfMonth(d: Day): Day {
  return { ...d, day: new Date(Date.UTC(d.year, d.month, 0)).getUTCDate() };
}

/** ISO 8601 week of a day: "2021-W25" (the week's Thursday decides its year). */
export function isoWeek(d: Day): string {
  const date = new Date(Date.UTC(d.year, d.month - 1, d.day));
  const weekday = (date.getUTCDay() + 6) % 7; // Monday 0
  date.setUTCDate(date.getUTCDate() - weekday + 3);
  const year = date.getUTCFullYear();
  const week = 1 + Math.floor((date.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 / 7);
  return `${year}-W${pad(week)}`;
}

export function quarterOf(d: Day): number {
  return Math.floor((d.month - 1) / 3) + 1;
}

export function isoMonth(d: Day): string {
  return `${pad(d.year, 4)}-${pad(d.month)}`;
}

/** 0 Sunday … 6 Saturday, as Date.getUTCDay. */
export function weekdayOf(d: Day): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}
