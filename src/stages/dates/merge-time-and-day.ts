// chrono reads "6 p.m. Eastern time Sunday" as two results ("6 p.m." and "Sunday") and does not know
// "Eastern time". News writes the time first and the day after, with the zone between: we join them.
import type { ParsedResult } from "chrono-node";

const ZONES: Record<string, string> = {
  eastern: "America/New_York",
  et: "America/New_York",
  est: "America/New_York",
  edt: "America/New_York",
  central: "America/Chicago",
  ct: "America/Chicago",
  cst: "America/Chicago",
  cdt: "America/Chicago",
  pacific: "America/Los_Angeles",
  pt: "America/Los_Angeles",
  pst: "America/Los_Angeles",
  pdt: "America/Los_Angeles",
  gmt: "UTC",
  utc: "UTC",
  greenwich: "UTC",
};
const GAP =
  /^\s*(?:\(?\s*(eastern|central|pacific|greenwich|et|est|edt|ct|cst|cdt|pt|pst|pdt|gmt|utc)(?:\s+(?:standard\s+|daylight\s+)?time)?\s*\)?)?\s*(?:on\s+)?$/i;

export type TimedDay = { time: ParsedResult; day: ParsedResult; zone?: string; end: number };

/** Pairs of (time-only result, day result) that are one expression, with the zone named between them. */
export function findTimeDayPairs(text: string, results: ParsedResult[]): TimedDay[] {
  const pairs: TimedDay[] = [];
  for (let i = 0; i + 1 < results.length; i++) {
    const time = results[i];
    const day = results[i + 1];
    const hasOnlyTime =
      time.start.isCertain("hour") && !time.start.isCertain("day") && !time.start.isCertain("weekday");
    const hasDay = day.start.isCertain("day") || day.start.isCertain("weekday");
    if (!hasOnlyTime || !hasDay) continue;
    // Blanks collapsed first: every blank in GAP is \s* or \s+, so the match and the zone are the same, but
    // GAP's adjacent \s* then have no long run to split (the gap can be any length: the next day may be far).
    const gap = GAP.exec(text.slice(time.index + time.text.length, day.index).replace(/\s+/g, " "));
    if (!gap) continue;
    pairs.push({ time, day, zone: gap[1] ? ZONES[gap[1].toLowerCase()] : undefined, end: day.index + day.text.length });
  }
  return pairs;
}

/** The UTC instant of a wall-clock time in an IANA zone (DST included, via Intl). */
export function zonedInstant(day: string, hour: number, minute: number, zone: string): string {
  const guess = new Date(`${day}T${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}:00Z`);
  const parts = formatterOf(zone)
    .formatToParts(guess)
    .reduce<Record<string, string>>((acc, p) => ((acc[p.type] = p.value), acc), {});
  const asZoned = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute);
  return new Date(guess.getTime() - (asZoned - guess.getTime())).toISOString();
}

// One formatter per zone, made on first use: constructing an Intl.DateTimeFormat costs far more than
// formatting with it, and a handful of zones (ZONES) is all the text can name.
const FORMATTERS = new Map<string, Intl.DateTimeFormat>();

function formatterOf(zone: string): Intl.DateTimeFormat {
  let formatter = FORMATTERS.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    });
    FORMATTERS.set(zone, formatter);
  }
  return formatter;
}
