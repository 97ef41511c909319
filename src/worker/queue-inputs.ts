// `sitrep ingest --queue`: read the inputs as an inline run would, but queue each document as an ingest job for
// `sitrep worker`s instead of extracting it here. An input that could not be read is recorded at once, as inline.
import { makeWorkerUtils } from "graphile-worker";
import type { IngestItem } from "../ingest/raw-document.js";
import type { Store } from "../store/store.js";
import { queueIngest } from "./jobs.js";

export type QueueCounts = { read: number; queued: number; skipped: number };

export async function queueInputs(
  url: string,
  items: AsyncIterable<IngestItem>,
  store: Store,
  options: { published?: string; language?: string },
): Promise<QueueCounts> {
  const utils = await makeWorkerUtils({ connectionString: url });
  const counts: QueueCounts = { read: 0, queued: 0, skipped: 0 };
  try {
    await utils.migrate();
    for await (const item of items) {
      counts.read += 1;
      if ("skipped" in item) {
        await store.saveSkipped(item.skipped);
        counts.skipped += 1;
      } else {
        await queueIngest(utils, { raw: item.raw, published: options.published, language: options.language });
        counts.queued += 1;
      }
    }
  } finally {
    await utils.release();
  }
  return counts;
}
