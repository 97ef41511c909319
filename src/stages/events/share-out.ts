// A count stated for a whole incident that is recorded as several events (one per country, one per day):
// ACLED divides it evenly across them, the remainder to the first. The shares are inferred, so they are
// marked as not stated, and each keeps the stated total's evidence.
import type { EventDraft, FatalityValue, Field } from "../../doc.js";

export type Parts = { places: number; days: number };

export function shareOut(count: Field<FatalityValue>, part: number, parts: Parts): Field<FatalityValue> {
  const n = parts.places * parts.days;
  if (n === 1 || !count.value.known || count.value.best === null) return count;
  const share = (x: number | null) => (x === null ? null : Math.floor(x / n) + (part === 0 ? x % n : 0));
  const v = count.value;
  return {
    value: { known: true, low: share(v.low), best: share(v.best), high: share(v.high) },
    evidence: count.evidence,
    stated: false,
  };
}

/** What an analyst needs to add the shares back up: the stated total, and which share this is. */
export function describeSplit(count: Field<FatalityValue>, part: number, parts: Parts): EventDraft["split"] {
  const n = parts.places * parts.days;
  if (n === 1 || !count.value.known || count.value.best === null) return undefined;
  const by = parts.places > 1 && parts.days > 1 ? "place and day" : parts.days > 1 ? "day" : "place";
  return { by, part, parts: n, fatalities: count.value };
}
