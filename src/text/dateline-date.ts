// A wire report's dateline can carry the day it was filed: "BAMAKO, March 3 (Wire) -", "KABUL,
// Afghanistan, Aug. 26, 2021 —". That day is the report's date, not an event's: the text's weekdays and
// "yesterday" count back from it (a report filed on Sunday and published on Wednesday says "on Tuesday" of
// the Tuesday before the Sunday), and the events stage never dates an incident by it. When the source gives no
// publication date, the clean stage takes a dateline's day that states its year as the report's.

/** A calendar day (the dates stage's `Day`). */
export type Day = { year: number; month: number; day: number };

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH =
  "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
// A line that opens with a place (in capitals or title case: "Kabul, Nov. 1 (Wire) -") and an optional
// ", Region", then the date, an optional
// "(Agency)" and a dash or colon. Each part is bounded, so the pattern stays linear on long lines.
const DATELINE = new RegExp(
  `^\\p{Lu}[\\p{L}'.-]{1,30}(?:[ ]\\p{Lu}[\\p{L}'.-]{0,30}){0,3},[ ]?(?:[\\p{L}.]{2,20}(?:[ ][\\p{L}.]{1,20}){0,2},[ ]?)?(?<date>(?<month>${MONTH})\\.?[ ](?<day>\\d{1,2})(?:,?[ ](?<year>(?:19|20)\\d\\d))?)[ ]?(?:\\([^)\\n]{1,40}\\)[ ]?)?(?:—|–|--|-|:)`,
  "mu",
);

export type DatelineDate = { start: number; end: number; day: Day };

/**
 * The dateline's day and where its date stands, or null when the report's first `windowChars` hold none.
 * A date without a year takes the year that puts it nearest the publication day (a report is filed days,
 * not a year, before it is published); without a publication day it needs its year.
 */
export function findDatelineDate(text: string, published: Day | null, windowChars: number): DatelineDate | null {
  const match = DATELINE.exec(text.slice(0, windowChars));
  if (!match?.groups) return null;
  const { date, month, day, year } = match.groups;
  const monthNo = MONTHS.indexOf(month.slice(0, 3).toLowerCase()) + 1;
  const years = year ? [Number(year)] : published ? [published.year - 1, published.year, published.year + 1] : [];
  const days = years.map((y) => ({ year: y, month: monthNo, day: Number(day) })).filter(isRealDay);
  const nearest = published ? days.sort((a, b) => distance(a, published) - distance(b, published))[0] : days[0];
  if (!nearest) return null;
  const start = match.index + match[0].indexOf(date);
  return { start, end: start + date.length, day: nearest };
}

/** The dateline's day as YYYY-MM-DD when the dateline states its year, or undefined. */
export function readDatelineYearDay(text: string, windowChars: number): string | undefined {
  const found = findDatelineDate(text, null, windowChars);
  if (!found) return undefined;
  const { year, month, day } = found.day;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** "Feb. 30" is no day. */
function isRealDay(d: Day): boolean {
  const date = new Date(Date.UTC(d.year, d.month - 1, d.day));
  return date.getUTCMonth() === d.month - 1 && date.getUTCDate() === d.day;
}

function distance(a: Day, b: Day): number {
  return Math.abs(Date.UTC(a.year, a.month - 1, a.day) - Date.UTC(b.year, b.month - 1, b.day));
}
