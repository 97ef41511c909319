// Numbers that measure time or distance, not people or things: "June 9" (a day of a month), "three days of
// fighting" (a length of time), "killed 30 km from the border" (a distance). The counters skip them,
// whether or not the dates stage read them.
const MONTH_BEFORE = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+$/;
const TIME_UNIT_AFTER = /^\s*(?:days?|nights?|weeks?|months?|years?|hours?|decades?)\b/i;
const DISTANCE_UNIT_AFTER = /^\s*(?:km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|yards?|feet)\b/i;

/** The number starting at `start` follows a month name: "between June 1 and June 3 killed". */
export function isDayOfMonth(text: string, start: number, lookbackChars: number): boolean {
  return MONTH_BEFORE.test(text.slice(Math.max(0, start - lookbackChars), start));
}

/** The number ending at `end` is followed by a unit of time: "three days of fighting killed". */
export function isLengthOfTime(text: string, end: number, lookaheadChars: number): boolean {
  return TIME_UNIT_AFTER.test(text.slice(end, end + lookaheadChars));
}

/** The number ending at `end` is followed by a unit of distance: "were killed 30 km from the town". */
export function isDistance(text: string, end: number, lookaheadChars: number): boolean {
  return DISTANCE_UNIT_AFTER.test(text.slice(end, end + lookaheadChars));
}
