// Incremental merging against SQLite: synthetic records (bench/synthetic-events.ts, 15 a day) saved one
// report at a time in date order, as a live feed arrives, each followed by updateIncidents as ingest does.
// If blocking works, the time per report stays flat as the store grows (a report touches only its country's
// events within the date window, about 38 days with the month-precision lookback), instead of growing with it.
// Run on demand: `npx tsx bench/merge-incremental.bench.ts [--size N]` (default 3000). Not part of the tests.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { updateIncidents } from "../src/merge/update-incidents.js";
import { openSqliteStore } from "../src/store/sqlite.js";
import { generateEvents } from "./synthetic-events.js";

const sizeArg = process.argv.indexOf("--size");
const size = sizeArg > 0 ? Number(process.argv[sizeArg + 1]) : 3000;
const { events } = generateEvents(size, 7, 15);
const order = [...events].sort((a, b) => (a.event_date! < b.event_date! ? -1 : a.event_date! > b.event_date! ? 1 : 0));
const store = await openSqliteStore(join(mkdtempSync(join(tmpdir(), "sitrep-bench-")), "bench.db"));
const slice = Math.floor(size / 6);
let started = process.cpuUsage();
for (const [i, event] of order.entries()) {
  const source = event.sources[0];
  const doc = {
    id: source.document_id,
    text: event.notes,
    meta: { origin: source.origin, publisher: source.publisher!, published: source.published! },
    layers: {},
    events: [],
  };
  await store.saveDocument(doc, [event]);
  await updateIncidents(store, [event]);
  if ((i + 1) % slice === 0) {
    const cpu = process.cpuUsage(started);
    console.log(
      `reports ${i + 2 - slice}-${i + 1}: ${((cpu.user + cpu.system) / 1000 / slice).toFixed(2)} ms CPU per report (save + update)`,
    );
    started = process.cpuUsage();
  }
}
console.log(`${(await store.listIncidents()).length} incidents from ${size} records`);
await store.close();
