// Candidate pairs by blocking, then the pairs that pass the hard rules and the link score. Records are
// indexed by (country, day) for every day their date interval covers, so a record meets only records of the
// same country (or of no known country) whose dates come within the widest tolerance: work grows with the
// number of records times the records per country-day, not with the square of the collection.
// Undated records meet undated records, and dated records within the lookback days before their report's
// publication (merge-settings: undatedLookbackDays), where compare-items asks them to agree on place, actors and
// wording; nothing else bounds where to look. (Placing them in the week before their report with the ordinary
// threshold was tried: a report's undated headline event, which the extractor leaves beside its dated body
// event, then took the link a third report's event needed to join the body event. Hence the strict test, and
// cluster-items joining every dated pair before any pair with an undated side.)
import { findUndatedWindow, isLinked, scorePair } from "./compare-items.js";
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

type DayIndex = { byDay: CountryDays; undatedByDay: CountryDays; undated: number[] };

type CountryDays = Map<number, Map<string, number[]>>;

function indexByCountryDay(items: readonly MergeItem[], settings: MergeSettings): DayIndex {
  const index: DayIndex = { byDay: new Map(), undatedByDay: new Map(), undated: [] };
  items.forEach((item, i) => {
    if (item.dayStart === null) {
      index.undated.push(i);
      const window = findUndatedWindow(item, settings);
      if (window) addDays(index.undatedByDay, window.from, window.to, item.iso3, i);
      return;
    }
    addDays(
      index.byDay,
      item.dayStart,
      Math.min(item.dayEnd ?? item.dayStart, item.dayStart + settings.maxIntervalDays),
      item.iso3,
      i,
    );
  });
  return index;
}

function addDays(index: CountryDays, from: number, to: number, iso3: string | null, i: number): void {
  for (let day = from; day <= to; day++) {
    const countries = index.get(day) ?? index.set(day, new Map()).get(day)!;
    const key = iso3 ?? NO_COUNTRY;
    (countries.get(key) ?? countries.set(key, []).get(key)!).push(i);
  }
}

function* findCandidates(item: MergeItem, index: DayIndex, slack: number, settings: MergeSettings): Iterable<number> {
  if (item.dayStart === null) {
    yield* index.undated;
    const window = findUndatedWindow(item, settings);
    if (window) yield* listInDays(index.byDay, window.from - slack, window.to + slack, item.iso3);
    return;
  }
  const last = Math.min(item.dayEnd ?? item.dayStart, item.dayStart + settings.maxIntervalDays) + slack;
  yield* listInDays(index.byDay, item.dayStart - slack, last, item.iso3);
  yield* listInDays(index.undatedByDay, item.dayStart - slack, last, item.iso3);
}

/** Records indexed on these days in this country or in none (every country when `iso3` is null). */
function* listInDays(index: CountryDays, from: number, to: number, iso3: string | null): Iterable<number> {
  for (let day = from; day <= to; day++) {
    const countries = index.get(day);
    if (!countries) continue;
    if (iso3 === null) {
      for (const list of countries.values()) yield* list;
    } else {
      yield* countries.get(iso3) ?? [];
      yield* countries.get(NO_COUNTRY) ?? [];
    }
  }
}
