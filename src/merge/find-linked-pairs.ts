// Candidate pairs by blocking, then the pairs that pass the hard rules and the link score. Records are
// indexed by (country, day) for every day their date interval covers, so a record meets only records of the
// same country (or of no known country) whose dates come within the widest tolerance: work grows with the
// number of records times the records per country-day, not with the square of the collection.
// Undated records meet only undated records: nothing bounds where to look for their match, and an
// incremental update must be able to ask the store for exactly the records it would compare. (Placing them
// in the week before their report was tried: a report's undated headline event, which the extractor leaves
// beside its dated body event, then took the link a third report's event needed to join the body event.)
import { isLinked, scorePair } from "./compare-items.js";
import type { MergeItem } from "./merge-item.js";
import type { MergeSettings } from "./merge-settings.js";

export type LinkedPair = { a: number; b: number; score: number };

const NO_COUNTRY = "";

export function findLinkedPairs(items: readonly MergeItem[], settings: MergeSettings): LinkedPair[] {
  const index = indexByCountryDay(items, settings);
  const slack = Math.max(...Object.values(settings.dayToleranceByPrecision));
  const pairs: LinkedPair[] = [];
  items.forEach((item, i) => {
    const seen = new Set<number>();
    for (const j of findCandidates(item, index, slack, settings)) {
      if (j <= i || seen.has(j)) continue;
      seen.add(j);
      if (isLinked(item, items[j], settings)) pairs.push({ a: i, b: j, score: scorePair(item, items[j], settings) });
    }
  });
  return pairs;
}

type DayIndex = { byDay: Map<number, Map<string, number[]>>; undated: number[] };

function indexByCountryDay(items: readonly MergeItem[], settings: MergeSettings): DayIndex {
  const byDay = new Map<number, Map<string, number[]>>();
  const undated: number[] = [];
  items.forEach((item, i) => {
    if (item.dayStart === null) return void undated.push(i);
    const last = Math.min(item.dayEnd ?? item.dayStart, item.dayStart + settings.maxIntervalDays);
    for (let day = item.dayStart; day <= last; day++) {
      const countries = byDay.get(day) ?? byDay.set(day, new Map()).get(day)!;
      const key = item.iso3 ?? NO_COUNTRY;
      (countries.get(key) ?? countries.set(key, []).get(key)!).push(i);
    }
  });
  return { byDay, undated };
}

function* findCandidates(item: MergeItem, index: DayIndex, slack: number, settings: MergeSettings): Iterable<number> {
  if (item.dayStart === null) return yield* index.undated;
  const last = Math.min(item.dayEnd ?? item.dayStart, item.dayStart + settings.maxIntervalDays) + slack;
  for (let day = item.dayStart - slack; day <= last; day++) {
    const countries = index.byDay.get(day);
    if (!countries) continue;
    if (item.iso3 === null) {
      for (const list of countries.values()) yield* list;
    } else {
      yield* countries.get(item.iso3) ?? [];
      yield* countries.get(NO_COUNTRY) ?? [];
    }
  }
}
