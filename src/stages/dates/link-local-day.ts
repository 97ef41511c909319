// "around 6 p.m. Eastern time Sunday, or early Monday in the area": a report gives one instant twice,
// in the writer's zone and in the place's. The first span keeps its UTC instant; the day the text gives
// for the place becomes its `localDay`, with the span it came from, so an analyst sees both readings of
// one moment instead of two unrelated dates. Only the explicit "or <day> in the area / local time /
// there" frame links them: nothing here guesses the place's time zone.
import type { Candidate } from "./candidate.js";

const OR_BETWEEN = /^\s*(?:,\s*)?or\s+$/i;
const LOCAL_AFTER = /^\s+(?:in the area|in the region|local time|locally|there|on the ground)\b/i;

export type LocalDay = { day: string; start: number; end: number };

/** For each candidate with a zoned instant, the local day the text gives right after it, if any. */
export function findLocalDays(text: string, candidates: readonly Candidate[]): Map<Candidate, LocalDay> {
  const links = new Map<Candidate, LocalDay>();
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  sorted.forEach((c, i) => {
    const next = sorted[i + 1];
    if (!c.instant || !next?.range || next.range.precision !== 1) return;
    if (!OR_BETWEEN.test(text.slice(c.end, next.start)) || !LOCAL_AFTER.test(text.slice(next.end))) return;
    links.set(c, { day: next.range.start, start: next.start, end: next.end });
  });
  return links;
}
