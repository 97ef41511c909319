// What a worker keeps from one merge to the next: each stored event's item and the links found for it. A merge asks
// for the links of every member of the incidents its new events touch, and each member's links were found by
// comparing it with its whole window (a dense town's week): the same comparisons at every merge, growing with the
// store (bench/RESULTS.md, workers, session 16). Kept, a member's links are checked again only against the events its
// windows did not hold the last time, so a merge compares what is new, not what is stored.
//
// Why that is exact. Every window read gets a number, in the order the reads start, and each event the number of the
// first read that returned it as it is now. An event first returned by read r was committed before r started; links
// found over reads that all started after r (numbers above r) therefore compared it, if it lies in the event's window.
// So links found over reads numbered from `before` on hold every link to an event first returned before `before`, and
// only the events first returned since need comparing. An event that changed (a report repeating it added a source:
// its item changes) counts as first returned when it is returned changed; an event whose own item changed has its
// links found again; an event gone from the store is not in its window and so not among its links.
import type { EventRecord } from "../records/event-record.js";
import type { MergeItem } from "./merge-item.js";
import type { MergeSettings } from "./merge-settings.js";

/** Events a cache holds before it starts again: a bound on a long-running worker's memory (an event's item and links
 * take about a kilobyte; a worker merging a dense week of 1,000 reports held about 3,000). */
const MAX_EVENTS = 200_000;

type SeenEvent = { signature: string; firstRead: number; item?: MergeItem };
type FoundLinks = { signature: string; before: number; ids: Set<string> };

export type LinkCache = {
  /** The settings the links were found with: a merge with others does not use the cache. */
  settings: MergeSettings;
  reads: number;
  seen: Map<string, SeenEvent>;
  links: Map<string, FoundLinks>;
};

export function createLinkCache(settings: MergeSettings): LinkCache {
  return { settings, reads: 0, seen: new Map(), links: new Map() };
}

/** Forgets everything: after a merge that removed events (a reprocessed report), whose links may come back. */
export function clearLinkCache(cache: LinkCache): void {
  cache.seen.clear();
  cache.links.clear();
}

/** The record's parts an item is made of (merge-item.ts), as one string: equal strings, equal items. */
export function signatureOf(event: EventRecord): string {
  return JSON.stringify([
    event.event_type,
    event.sub_event_type,
    event.actor1,
    event.assoc_actor_1,
    event.actor2,
    event.assoc_actor_2,
    event.date_start,
    event.event_date,
    event.date_end,
    event.time_precision,
    event.iso3,
    event.location,
    event.latitude,
    event.longitude,
    event.geo_precision,
    event.notes,
    (event.evidence.event_type ?? []).map((e) => e.text),
    event.sources.map((s) => [s.document_id, s.published]),
  ]);
}

/** Numbers a window read, before it starts. */
export function startRead(cache: LinkCache): number {
  if (cache.seen.size > MAX_EVENTS) clearLinkCache(cache);
  return cache.reads++;
}

/** A window as read `read` returned it, with the first read of each of its events as it was then, newest first: an
 * event's links kept from earlier reads need comparing only with the head of that order. */
export type KeptWindow = {
  read: number;
  events: EventRecord[];
  firstRead: number[];
  byId: Map<string, number>;
  newestFirst: number[];
};

/** Records what read `read` returned (events not seen as they are now were first returned by it), as a KeptWindow. */
export function noteRead(cache: LinkCache, events: EventRecord[], read: number): KeptWindow {
  const firstRead = events.map((event) => {
    const signature = signatureOf(event);
    const seen = cache.seen.get(event.event_id);
    if (seen?.signature === signature) return seen.firstRead;
    cache.seen.set(event.event_id, { signature, firstRead: read });
    return read;
  });
  const byId = new Map(events.map((e, i) => [e.event_id, i]));
  const newestFirst = events.map((_, i) => i).sort((a, b) => firstRead[b] - firstRead[a]);
  return { read, events, firstRead, byId, newestFirst };
}

/** The links of an event over these windows from the links kept for it: a kept link still in a window as it was is
 * a link; events the windows gained since (or changed) are linked when `isNewLink` says so. */
export function listKeptLinks(
  found: FoundLinks,
  windows: KeptWindow[],
  isNewLink: (near: EventRecord) => boolean,
): Map<string, EventRecord> {
  const linked = new Map<string, EventRecord>();
  for (const window of windows) {
    for (const id of found.ids) {
      const at = window.byId.get(id);
      if (at !== undefined && window.firstRead[at] < found.before) linked.set(id, window.events[at]);
    }
    for (const at of window.newestFirst) {
      if (window.firstRead[at] < found.before) break;
      const near = window.events[at];
      if (!linked.has(near.event_id) && isNewLink(near)) linked.set(near.event_id, near);
    }
  }
  return linked;
}

/** The item kept for this event as it is now, if any. */
export function findItem(cache: LinkCache, event: EventRecord, signature: string): MergeItem | undefined {
  const seen = cache.seen.get(event.event_id);
  return seen?.signature === signature ? seen.item : undefined;
}

export function keepItem(cache: LinkCache, event: EventRecord, signature: string, item: MergeItem): void {
  const seen = cache.seen.get(event.event_id);
  if (seen?.signature === signature) seen.item = item;
}

/** Links found for this event as it is now over reads numbered from `before` on, if any. */
export function findLinks(cache: LinkCache, event: EventRecord, signature: string): FoundLinks | undefined {
  const found = cache.links.get(event.event_id);
  return found?.signature === signature ? found : undefined;
}

export function keepLinks(
  cache: LinkCache,
  event: EventRecord,
  signature: string,
  before: number,
  ids: Iterable<string>,
): void {
  cache.links.set(event.event_id, { signature, before, ids: new Set(ids) });
}
