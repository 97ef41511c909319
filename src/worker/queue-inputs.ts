// `sitrep ingest --queue`: read the inputs as an inline run would, but queue the documents as ingest jobs for
// `sitrep worker`s instead of extracting them here, a few to a job. An input that could not be read is recorded at
// once, as inline.
import { makeWorkerUtils } from "graphile-worker";
import type { IngestItem, RawDocument } from "../ingest/raw-document.js";
import type { Store } from "../store/store.js";
import { queueIngest } from "./jobs.js";

export type QueueCounts = { read: number; queued: number; skipped: number };

/** Documents per ingest job: each job saves its round trips on all but one (jobs.ts), and a worker's last job keeps
 * the other waiting at most this many extractions (~25 ms of CPU each for a short report) at the end of a queue. */
export const DOCUMENTS_PER_JOB = 8;
/** A job is queued with fewer documents when the next input is this slow to come (a feed, a quiet stdin). */
const WAIT_MS = 1000;

export async function queueInputs(
  url: string,
  items: AsyncIterable<IngestItem>,
  store: Store,
  options: { published?: string; language?: string },
): Promise<QueueCounts> {
  const utils = await makeWorkerUtils({ connectionString: url });
  const counts: QueueCounts = { read: 0, queued: 0, skipped: 0 };
  let raws: RawDocument[] = [];
  const queue = async () => {
    if (raws.length > 0) await queueIngest(utils, { raws, published: options.published, language: options.language });
    counts.queued += raws.length;
    raws = [];
  };
  try {
    await utils.migrate();
    const iterator = items[Symbol.asyncIterator]();
    for (;;) {
      const next = await whileWaiting(iterator.next(), raws.length > 0 ? queue : undefined);
      if (next.done) break;
      const item = next.value;
      counts.read += 1;
      if ("skipped" in item) {
        await store.saveSkipped(item.skipped);
        counts.skipped += 1;
        continue;
      }
      raws.push(item.raw);
      if (raws.length >= DOCUMENTS_PER_JOB) await queue();
    }
    await queue();
  } finally {
    await utils.release();
  }
  return counts;
}

/** `next`, with `queue` run if it takes longer than WAIT_MS (and awaited before `next` is handed on). */
async function whileWaiting<T>(next: Promise<T>, queue: (() => Promise<void>) | undefined): Promise<T> {
  if (!queue) return next;
  let queueing: Promise<void> | undefined;
  const timer = setTimeout(() => {
    queueing = queue();
    queueing.catch(() => {}); // awaited below; this only keeps it from counting as unhandled meanwhile
  }, WAIT_MS);
  try {
    return await next;
  } finally {
    clearTimeout(timer);
    await queueing;
  }
}
