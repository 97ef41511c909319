// What a merge reads around its new events: the events each one links to, through the store's date windows. An
// event's item (its sentence's stems) is made once per merge, not once per comparison, which made a burst of reports
// on one town and week quadratic in the block; and an event meets only the window events near its dates.
import type { EventRecord } from "../records/event-record.js";
import type { EventWindow } from "../store/incidents-store.js";
import type { Store } from "../store/store.js";
import { canLinkUndated, findUndatedWindow, isLinked } from "./compare-items.js";
import { indexWindow, listCandidates, type WindowIndex } from "./index-window.js";
import {
  findItem,
  findLinks,
  type KeptWindow,
  keepItem,
  keepLinks,
  type LinkCache,
  listKeptLinks,
  noteRead,
  signatureOf,
  startRead,
} from "./link-cache.js";
import { type MergeItem, toDayNumber, toMergeItem } from "./merge-item.js";
import type { MergeSettings } from "./merge-settings.js";

export type NeighbourReader = {
  itemOf(event: EventRecord): MergeItem;
  /** The stored events `event` links to, itself left out. */
  listLinked(event: EventRecord): Promise<EventRecord[]>;
  /** Reads the windows of all these events at once, each kind and country over the union of their ranges. */
  readAround(events: EventRecord[]): void;
};

/** With `kept`, a worker's cache across merges (link-cache.ts): items and links found by earlier merges are used
 * again, and an event's links are compared only with what its windows gained since. */
export function readNeighbours(store: Store, settings: MergeSettings, kept?: LinkCache): NeighbourReader {
  const cache = kept?.settings === settings ? kept : undefined;
  const items = new Map<string, MergeItem>();
  const makeItem = (event: EventRecord) => {
    if (!cache) return toMergeItem(event);
    const signature = signatureOf(event);
    const item = findItem(cache, event, signature) ?? toMergeItem(event);
    keepItem(cache, event, signature, item);
    return item;
  };
  const itemOf = (event: EventRecord) =>
    items.get(event.event_id) ?? items.set(event.event_id, makeItem(event)).get(event.event_id)!;
  const windows = new Map<string, ReadWindow>();
  const readWindow = async (window: EventWindow): Promise<ReadIndex> => {
    const read = cache ? startRead(cache) : 0;
    const events = await store.listEventsInWindow(window);
    return { ...indexWindow(events, settings), kept: cache && noteRead(cache, events, read) };
  };
  // Windows of one country and kind are read as one, widened when a request falls outside: a merge that replays an
  // area asks for the windows of every event in it, days apart. A wider window holds more candidates, never other
  // links (compare-items decides those; the window only holds every event that could link).
  const listWindow = (window: EventWindow) => {
    if (typeof window === "string") {
      const read = windows.get(window) ?? { range: ["", ""], index: readWindow(window) };
      windows.set(window, read);
      return read.index;
    }
    const [key, from, to] = keyOf(window);
    const read = windows.get(key);
    if (read && read.range[0] <= from && to <= read.range[1]) return read.index;
    const range: [string, string] = read ? [min(read.range[0], from), max(read.range[1], to)] : [from, to];
    windows.set(key, { range, index: readWindow(widen(window, range, settings)) });
    return windows.get(key)!.index;
  };
  const isLinkable = (item: MergeItem) => item.dayStart !== null || canLinkUndated(item, settings);
  // Asked event by event, a merge's windows widened and were read again each time an event fell outside them: about
  // 55 reads for a merge of 128 short reports spread over 120 days (bench/RESULTS.md, store, session 13). The union
  // of the seeds' ranges is what those reads ended with, so reading it first reads the same events once.
  const readAround = (events: EventRecord[]) => {
    const unions = new Map<string, { window: Exclude<EventWindow, string>; range: [string, string] }>();
    for (const event of events) {
      const item = itemOf(event);
      if (!isLinkable(item)) continue;
      for (const window of windowsOf(item, settings)) {
        if (typeof window === "string") continue;
        const [key, from, to] = keyOf(window);
        const union = unions.get(key);
        if (union) union.range = [min(union.range[0], from), max(union.range[1], to)];
        else unions.set(key, { window, range: [from, to] });
      }
    }
    // Awaited by the seeds' listLinked; a failed read fails those, not the process as an unhandled rejection.
    for (const { window, range } of unions.values()) listWindow(widen(window, range, settings)).catch(() => {});
  };
  const findLinked = (event: EventRecord, item: MergeItem, read: WindowIndex[]) => {
    const linked = new Map<string, EventRecord>();
    for (const window of read)
      for (const near of listCandidates(window, item, settings))
        if (near.event_id !== event.event_id && !linked.has(near.event_id) && isLinked(item, itemOf(near), settings))
          linked.set(near.event_id, near);
    return linked;
  };
  const listLinked = async (event: EventRecord) => {
    const item = itemOf(event);
    if (!isLinkable(item)) return [];
    const read = await Promise.all(windowsOf(item, settings).map(listWindow));
    if (!cache) return [...findLinked(event, item, read).values()];
    const kept = read.map((w) => w.kept!);
    const signature = signatureOf(event);
    const found = findLinks(cache, event, signature);
    // Kept links are compared only with what the windows gained since they were found (link-cache.ts).
    const linked = found
      ? listKeptLinks(found, kept, (near) => near.event_id !== event.event_id && isLinked(item, itemOf(near), settings))
      : findLinked(event, item, read);
    keepLinks(cache, event, signature, Math.min(...kept.map((w) => w.read)), linked.keys());
    return [...linked.values()];
  };
  return { itemOf, listLinked, readAround };
}

/** A window's kind and country, which are read as one, and its range: for a dated one, where intervals must reach
 * (endsFrom) to where they may start (to). */
function keyOf(window: Exclude<EventWindow, string>): [string, string, string] {
  const [kind, from, to] =
    "from" in window
      ? ["dated", window.endsFrom ?? window.from, window.to]
      : ["published", window.publishedFrom, window.publishedTo];
  return [`${kind} ${window.iso3 ?? "*"} ${"identified" in window && window.identified ? "identified" : ""}`, from, to];
}

/** `kept`: the window as the cache numbered it (link-cache.ts). */
type ReadIndex = WindowIndex & { kept?: KeptWindow };
type ReadWindow = { range: [string, string]; index: Promise<ReadIndex> };

/** The window of this kind and country over `range` (for a dated one, intervals reaching range[0]). */
function widen(window: Exclude<EventWindow, string>, range: [string, string], settings: MergeSettings): EventWindow {
  if ("publishedFrom" in window) return { ...window, publishedFrom: range[0], publishedTo: range[1] };
  return { ...window, from: shiftDay(range[0], -settings.maxIntervalDays), to: range[1], endsFrom: range[0] };
}

const toDate = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
const shiftDay = (date: string, days: number) => toDate(toDayNumber(date)! + days);

const min = (a: string, b: string) => (a < b ? a : b);
const max = (a: string, b: string) => (a > b ? a : b);

/** Where linked events can be: dated ones whose interval comes within a tolerance of its dates, undated ones
 * reported in the lookback days after it that name a place and an actor; for an undated event, the undated ones reported within a lookback of it or with no date, and the dated
 * ones in its lookback. Every window is read through an index. */
function windowsOf(item: MergeItem, settings: MergeSettings): EventWindow[] {
  const slack = Math.max(...Object.values(settings.dayToleranceByPrecision));
  const longest = settings.maxIntervalDays;
  const identified = settings.undatedNeedsPlaceAndActor;
  // Another country never links (compare-items), so the store is asked for this country and for no country only.
  const iso3 = item.iso3;
  if (item.dayStart === null) {
    const undated = findUndatedWindow(item, settings);
    if (!undated) return ["undated"];
    // Undated events link only to undated ones reported within a lookback (or reported with no date).
    const lookback = settings.undatedLookbackDays;
    return [
      "undated-unpublished",
      { publishedFrom: toDate(undated.to - lookback), publishedTo: toDate(undated.to + lookback), iso3, identified },
      {
        from: toDate(undated.from - slack - longest),
        to: toDate(undated.to + slack),
        endsFrom: toDate(undated.from - slack),
        iso3,
      },
    ];
  }
  const end = item.dayEnd ?? item.dayStart;
  return [
    {
      from: toDate(item.dayStart - slack - longest),
      to: toDate(end + slack),
      endsFrom: toDate(item.dayStart - slack),
      iso3,
    },
    {
      publishedFrom: toDate(item.dayStart - slack),
      publishedTo: toDate(end + slack + settings.undatedLookbackDays),
      iso3,
      identified: true, // an undated event joins a dated one on place and actors (compare-items), whatever the setting
    },
  ];
}
