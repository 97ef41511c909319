// Refiner: in earnings news "a year earlier" / "the year-ago period" next to "the third quarter" means
// that quarter a year before, not the whole year: take the granularity from the quarter in the same
// sentence, or else the one the last two sentences talk about (as HeidelTime's context granularity).
import type { Candidate } from "./candidate.js";

/** `maxSentences`: how many sentences back the quarter the text is about may be named. */
export function refineYearAgoToQuarter(
  text: string,
  candidates: readonly Candidate[],
  maxSentences: number,
): Candidate[] {
  return candidates.map((c) => {
    if (c.kind !== "year-ago" && c.kind !== "quarter-of-year") return c;
    const quarter = nearestQuarter(text, c, candidates, maxSentences);
    if (!quarter) return c;
    const [year, q] = quarter.timex.split("-");
    // "a year ago" counts back from the quarter; "the 1988 period" already names its year.
    return { ...c, timex: c.kind === "year-ago" ? `${Number(year) - 1}-${q}` : `${c.timex}-${q}` };
  });
}

function nearestQuarter(
  text: string,
  target: Candidate,
  candidates: readonly Candidate[],
  maxSentences: number,
): Candidate | null {
  const quarters = candidates.filter((c) => c.kind === "quarter" && /^\d{4}-Q[1-4]$/.test(c.timex));
  const distance = (c: Candidate) => Math.abs(c.start - target.start);
  const sameSentence = quarters
    .filter((c) => sentenceEndsBetween(text, c, target) === 0)
    .sort((a, b) => distance(a) - distance(b));
  // Otherwise the quarter the previous sentences talk about ("third-quarter net rose ... a year ago").
  const earlier = quarters.filter((c) => c.end <= target.start && sentenceEndsBetween(text, c, target) <= maxSentences);
  return sameSentence[0] ?? earlier[earlier.length - 1] ?? null;
}

function sentenceEndsBetween(text: string, a: Candidate, b: Candidate): number {
  const between = text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start));
  return (between.match(/[.!?]["”’']?\s+[A-Z"“]/g) ?? []).length;
}
