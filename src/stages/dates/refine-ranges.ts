// Refiners on the calendar period a date names:
// - "since April 14": an open range from that day to the publication day (data.open);
// - "this month", "June" in a June report: the part up to the publication day, since a report tells what
//   happened (unless the clause speaks of the future);
// - "early Monday", "late 2020", "the end of March": the modifier joins the span (TimeML keeps it inside).
import { type Day, isoDay } from "./calendar.js";
import type { Candidate } from "./candidate.js";
import { isFutureClause } from "./detect-future-tense.js";
import type { DatesSettings } from "./settings.js";

const MODIFIER =
  /\b(early|late|mid-?|earlier|later|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)\s*$/i;

export function refineRanges(
  text: string,
  candidates: readonly Candidate[],
  published: Day | null,
  settings: DatesSettings,
): Candidate[] {
  const today = published ? isoDay(published) : null;
  return candidates.map((c) => {
    if (!c.range) return c;
    let next = c;
    const before = text.slice(Math.max(0, c.start - settings.modifierLookbackChars), c.start);
    const modifier = MODIFIER.exec(before);
    if (modifier && c.timexType !== "DURATION") next = { ...next, start: c.start - modifier[0].length };
    // "from a weekend at Camp David" is a movement, not the start of a range: an indefinite date never opens one.
    // "the toll from Monday's bombing": a possessive day names the noun it modifies, no period's start.
    const opensRange =
      /\b(?:since|from)\s+(?:the\s+)?$/i.test(before) &&
      !/^an?\s/i.test(text.slice(c.start, c.end)) &&
      !/^['’]s\b/.test(text.slice(c.end, c.end + 3));
    if (today && opensRange && c.range.start <= today) {
      next = { ...next, range: { ...c.range, end: today, precision: 3, open: true } };
    } else if (today && c.range.start <= today && today < c.range.end && !isForward(text, c, settings)) {
      next = { ...next, range: { ...c.range, end: today } };
    }
    return next;
  });
}

function isForward(text: string, c: Candidate, settings: DatesSettings): boolean {
  return (
    /\b(?:next|coming|later)\b/i.test(text.slice(c.start, c.end)) ||
    isFutureClause(text, c.start, c.end - c.start, settings)
  );
}
