// Merging as the store grows with the invented reports of the workers bench (bench/conflict-reports.ts: 11
// towns, one week, so blocks are large). The reports are extracted once (cached as JSON), then replayed
// into a fresh SQLite store without extracting again: each report saved and merged at once, as `sitrep ingest`
// does inline (`--batch 1`), or saved in batches that one merge then takes up, as a merge job of `sitrep worker`
// does (`--batch 100`). Prints the CPU per report of the merges by slice (flat when merging scales), the store
// calls per merge and the incidents. Run on demand:
// `npx tsx bench/merge-blocks.bench.ts --docs 1200 [--batch 1] [--cache /tmp/reports-1200.json] [--dump FILE]`;
// `--ahead N` saves N reports past each merge's batch before it runs, unmerged, as a second worker ingesting
// meanwhile does. `--keep-links` keeps items and links from one merge to the next, as a worker does
// (src/merge/link-cache.ts); `--caches 2` keeps two that take turns, as two workers' merges do. `--dump` writes the
// incidents' members, one incident a line, to compare two checkouts' merges.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inventKillReport } from "../src/cli/ingest-kill-reports.js";
import type { IngestItem } from "../src/ingest/raw-document.js";
import { ingestDocuments } from "../src/ingest-documents.js";
import { createLinkCache } from "../src/merge/link-cache.js";
import { MERGE_SETTINGS } from "../src/merge/merge-settings.js";
import { updateIncidents } from "../src/merge/update-incidents.js";
import type { EventRecord } from "../src/records/event-record.js";
import { openSqliteStore } from "../src/store/sqlite.js";
import { watchStore } from "../src/testing/watch-store.js";
import { inventReport } from "./conflict-reports.js";

const PUBLISHED = "2024-05-06";
const option = (name: string, fallback: string) =>
  process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback;
const docs = Number(option("--docs", "600"));
const batch = Number(option("--batch", "1"));
const ahead = Number(option("--ahead", "0"));
// `--input kill`: the kill test's reports (src/cli/ingest-kill-reports.ts) in place of the workers bench's.
const input = option("--input", "workers");
const invent = input === "kill" ? inventKillReport : inventReport;
const cache = option("--cache", join(tmpdir(), `sitrep-merge-blocks-${input}-${docs}.json`));

type Extracted = { documentId: string; origin: string; events: EventRecord[] };

async function* items(): AsyncIterable<IngestItem> {
  for (let i = 0; i < docs; i++)
    yield {
      raw: { origin: `report-${i}.txt`, kind: "text", content: invent(i), meta: { published: PUBLISHED } },
    };
}

/** Every report through the pipeline once, with merging left out. */
async function extract(): Promise<Extracted[]> {
  const store = await openSqliteStore(join(mkdtempSync(join(tmpdir(), "sitrep-extract-")), "x.db"));
  const ids: string[] = [];
  await ingestDocuments(items(), store, {
    published: PUBLISHED,
    mergeEvents: async () => {},
    onOutcome: (o) => void (o.kind === "stored" && o.documentId && ids.push(o.documentId)),
  });
  const out = [];
  for (const documentId of ids) {
    const events = await store.listEvents({ documentId });
    out.push({ documentId, origin: events[0]?.sources[0]?.origin ?? documentId, events });
  }
  await store.close();
  return out;
}

// A cache of more reports serves fewer: the first `docs` of it.
const reports: Extracted[] = existsSync(cache)
  ? JSON.parse(readFileSync(cache, "utf8")).slice(0, docs)
  : await extract();
if (!existsSync(cache)) writeFileSync(cache, JSON.stringify(reports));
const raw = await openSqliteStore(join(mkdtempSync(join(tmpdir(), "sitrep-merge-blocks-")), "m.db"));
const calls = new Map<string, number>();
const store = watchStore(raw, calls);
// `--caches 2`: two caches whose merges take turns, as two workers' do.
const caches = Array.from({ length: Number(option("--caches", "1")) }, () => createLinkCache(MERGE_SETTINGS));
const keepLinks = process.argv.includes("--keep-links");
const slice = Math.max(batch, Math.floor(reports.length / 6 / batch) * batch);
let merged = 0;
let sliceCpu = 0;
let totalCpu = 0;
let merges = 0;
let saved = 0;
let short = 0;
for (let start = 0; start < reports.length; start += batch) {
  const group = reports.slice(start, start + batch);
  for (; saved < Math.min(start + batch + ahead, reports.length); saved++) {
    const r = reports[saved]!;
    const doc = {
      id: r.documentId,
      text: r.origin,
      meta: { origin: r.origin, published: PUBLISHED },
      layers: {},
      events: [],
    };
    await raw.saveDocument(doc, r.events);
  }
  const before = process.cpuUsage();
  const blockReads = calls.get("listIncidentMembers") ?? 0;
  await updateIncidents(
    store,
    group.flatMap((r) => r.events),
    MERGE_SETTINGS,
    { links: keepLinks ? caches[merges % caches.length] : undefined },
  );
  // Only the block path asks for incident members (join-new-events.ts reads the incidents whole).
  if ((calls.get("listIncidentMembers") ?? 0) === blockReads) short += 1;
  const cpu = process.cpuUsage(before);
  sliceCpu += (cpu.user + cpu.system) / 1000;
  merges += 1;
  merged += group.length;
  if (merged % slice === 0 || merged === reports.length) {
    console.log(`reports ≤ ${merged}: ${(sliceCpu / slice).toFixed(1)} ms merge CPU per report`);
    totalCpu += sliceCpu;
    sliceCpu = 0;
  }
}
const events = reports.reduce((n, r) => n + r.events.length, 0);
const perMerge = [...calls.entries()].map(([name, n]) => `${name} ${(n / merges).toFixed(1)}`).join(", ");
console.log(
  `${reports.length} reports, ${events} events, ${(await raw.listIncidents()).length} incidents; batch ${batch}; ` +
    `merge CPU ${(totalCpu / 1000).toFixed(1)} s (${(totalCpu / reports.length).toFixed(1)} ms per report)`,
);
if (process.argv.includes("--dump"))
  writeFileSync(
    option("--dump", ""),
    (await raw.listIncidents())
      .map((i) => [...i.event_ids].sort().join(" "))
      .sort()
      .join("\n"),
  );
console.log(`store calls per merge: ${perMerge}; ${short} of ${merges} merges took the short way`);
await raw.close();
