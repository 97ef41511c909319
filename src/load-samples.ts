// The first-run sample: the reports in samples/ (public-domain VOA reports and one invented report;
// manifest.json gives each its publication date, address, publisher and licence), ingested like any report so the map, timeline and table have something to show on a new store.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import type { ExtractPool } from "./extract/extract-pool.js";
import type { IngestItem } from "./ingest/raw-document.js";
import { ingestDocuments } from "./ingest-documents.js";
import { projectRoot } from "./paths.js";
import type { Store } from "./store/store.js";

const MANIFEST = z.object({
  reports: z.array(
    z.object({
      file: z.string().regex(/^[a-z0-9-]+\.txt$/),
      published: z.string().date(),
      url: z.string().url().optional(),
      publisher: z.string(),
      licence: z.string(),
    }),
  ),
});

/** Ingests every sample report; returns how many events were stored. */
export async function loadSamples(
  store: Store,
  pool: ExtractPool,
  dir = join(projectRoot(), "samples"),
): Promise<number> {
  const manifest = MANIFEST.parse(JSON.parse(await readFile(join(dir, "manifest.json"), "utf8")));
  let events = 0;
  for (const report of manifest.reports) {
    const content = await readFile(join(dir, report.file), "utf8");
    const item: IngestItem = {
      raw: {
        origin: `samples/${report.file}`,
        kind: "text",
        content,
        meta: { published: report.published, publisher: report.publisher, url: report.url },
      },
    };
    const counts = await ingestDocuments(once(item), store, { published: report.published, pool });
    events += counts.events;
  }
  return events;
}

async function* once(item: IngestItem) {
  yield item;
}
