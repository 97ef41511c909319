// What `sitrep watch` has read, kept in the store (watch_seen) so that neither the next poll nor a restarted watch
// fetches an old feed item again or re-extracts an old file. A feed item is known by its link, checked before it
// is fetched; anything read is known by a hash of its content, since a feed's inline items move as it grows and a
// file edited in place is a new report. A key is recorded only once its item has gone through ingest, so a watch
// stopped mid-item reads that item again; a fetch that failed for a passing reason is tried again next poll.
import { createHash } from "node:crypto";
import type { IngestItem, SkipReason } from "../ingest/raw-document.js";
import type { FetchJob } from "../ingest/read-feed.js";
import type { Store } from "../store/store.js";

/** Skips worth retrying: the server or the network may answer next time, or the user may change a setting. */
const PASSING_REASONS = new Set<SkipReason>([
  "fetch-failed",
  "timeout",
  "unresolvable-host",
  "blocked-address",
  "robots-disallowed",
]);

export type SeenTracker = {
  /** For readInputs' skipJob: true for a feed item whose link a poll has read before. */
  skipJob(job: FetchJob): Promise<boolean>;
  /** The items not read before; each is recorded as seen once the consumer asks for the next. */
  keepUnseen(items: AsyncIterable<IngestItem>): AsyncGenerator<IngestItem>;
  /** Items and feed links passed over as seen, since the tracker was made. */
  readonly passed: number;
};

export function trackSeen(store: Store, now: () => Date = () => new Date()): SeenTracker {
  const feedLinks = new Set<string>();
  let passed = 0;
  const isSeen = async (key: string) => (await store.listSeen([key])).has(key);
  return {
    get passed() {
      return passed;
    },
    async skipJob(job) {
      if (job.meta.feed === undefined) return false; // the feed itself is read every poll
      if (await isSeen(urlKey(job.url))) {
        passed += 1;
        return true;
      }
      feedLinks.add(job.url);
      return false;
    },
    async *keepUnseen(items) {
      for await (const item of items) {
        const keys = keysOf(item, feedLinks);
        if ("raw" in item && (await isSeen(keys[0]))) {
          passed += 1;
          continue;
        }
        yield item;
        await store.markSeen(keys, now().toISOString());
      }
    },
  };
}

function keysOf(item: IngestItem, feedLinks: ReadonlySet<string>): string[] {
  if ("skipped" in item)
    return feedLinks.has(item.skipped.origin) && !PASSING_REASONS.has(item.skipped.reason)
      ? [urlKey(item.skipped.origin)]
      : [];
  const content = "content:" + createHash("sha256").update(item.raw.content).digest("hex").slice(0, 32);
  return feedLinks.has(item.raw.origin) ? [content, urlKey(item.raw.origin)] : [content];
}

function urlKey(url: string): string {
  return "url:" + url;
}
