// Refiner: "the day before", "the next day", "two days later" count from the day the text last named, not
// from the publication day (TimeML: an anchored relative date takes the nearest earlier date as its anchor;
// the report's own day when it names none). "Rebels killed 18 in Mangusu on Tuesday. The day before, they
// had killed six in Lisasa" dates the second killing Monday. Only a bare phrase is read: "two days before
// the election" counts from the election, which this refiner cannot see.
import { addDays, type Day, isoDay, parseDay } from "./calendar.js";
import type { Candidate } from "./candidate.js";
import { countPattern, type DateQuantities, readCount } from "./quantities.js";

const BY = "dates/anchored-days";
// The direction each phrase counts in: back ("the day before", "a day earlier") or on ("the next day").
const BACK = "before|earlier|previous";

/** The anchored-day phrases of the text over the candidates they overlap, each dated from the day before it. */
export function createAnchoredDaysRefiner(quantities: DateQuantities) {
  const count = countPattern(quantities);
  // "before"/"after" only with nothing after them but a clause break: "the day after the attack" has its own anchor.
  const pattern = new RegExp(
    [
      String.raw`\bthe\s+(?:day|night)\s+(?<side1>before|after)(?=\s*[,.;:)]|$)`,
      String.raw`\bthe\s+(?<side2>previous|next|following)\s+(?:day|night|morning|evening)\b`,
      String.raw`\b(?<count>${count})\s+days?\s+(?<side3>earlier|later)\b`,
      String.raw`\b(?<count2>${count})\s+days?\s+(?<side4>before|after)(?=\s*[,.;:)]|$)`,
    ].join("|"),
    "gi",
  );
  return (text: string, candidates: readonly Candidate[], published: Day | null): Candidate[] => {
    const matches = [...text.matchAll(pattern)];
    if (matches.length === 0) return [...candidates];
    // chrono's "next day" (the day after publication) under "the next day" is no anchor: the phrase is read here.
    const isUnderPhrase = (c: Candidate) => matches.some((m) => c.start < m.index + m[0].length && m.index < c.end);
    const others = candidates.filter((c) => !isUnderPhrase(c));
    const anchored: Candidate[] = [];
    for (const m of matches) {
      const g = m.groups ?? {};
      const side = (g.side1 ?? g.side2 ?? g.side3 ?? g.side4).toLowerCase();
      const n = Number(readCount(g.count ?? g.count2 ?? "1", quantities));
      if (!Number.isInteger(n) || n <= 0) continue;
      const start = m.index;
      const end = start + m[0].length;
      const anchor = lastDayBefore([...others, ...anchored], start) ?? published;
      if (!anchor) continue;
      const day = isoDay(addDays(anchor, BACK.includes(side) ? -n : n));
      anchored.push({ start, end, by: BY, timex: day, timexType: "DATE", stated: false });
    }
    const overlaps = (c: Candidate) => anchored.some((a) => c.start < a.end && a.start < c.end);
    return [...candidates.filter((c) => !overlaps(c)), ...anchored].sort((a, b) => a.start - b.start);
  };
}

/** The day of the last one-day date that ends before `offset`. */
function lastDayBefore(candidates: readonly Candidate[], offset: number): Day | null {
  let last: Candidate | null = null;
  for (const c of candidates) {
    const isDay = c.timexType === "DATE" && /^\d{4}-\d{2}-\d{2}$/.test(c.timex);
    if (isDay && c.end <= offset && (!last || c.end > last.end)) last = c;
  }
  return last ? parseDay(last.timex) : null;
}
