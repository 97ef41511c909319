// The first-run sample: the invented reports in samples/ (manifest.json gives each its publication date),
// ingested like any report so the map, timeline and table have something to show on a new store.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import type { ExtractPool } from "./extract/extract-pool.js";
import type { IngestItem } from "./ingest/raw-document.js";
import { ingestDocuments } from "./ingest-documents.js";
import { projectRoot } from "./paths.js";
import type { Store } from "./store/store.js";

const MANIFEST = z.object({
  publisher: z.string(),
  reports: z.array(z.object({ file: z.string().regex(/^[a-z0-9-]+\.txt$/), published: z.string().date() })),
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
        meta: { published: report.published, publisher: manifest.publisher },
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
