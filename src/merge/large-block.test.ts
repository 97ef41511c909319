// A busy town's week as one block: 300 invented reports of 60 strikes in one town on one day, the
// first report of each naming no actor (so it links to every strike and chains all into one connected block). A new
// report of one strike must end where re-clustering the block ends, without collecting the block (the incidents it
// links to clash: replay-area.ts), write back only what it changed, and make store calls that do not grow with the
// block. Counts, not time: the test machine is shared.
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import type { EventRecord } from "../records/event-record.js";
import type { IncidentRecord } from "../records/incident-record.js";
import { openSqliteStore } from "../store/sqlite.js";
import type { Store } from "../store/store.js";
import { makeEventRecord } from "../testing/make-event-record.js";
import { watchStore } from "../testing/watch-store.js";
import { mergeEvents } from "./merge-events.js";
import { updateIncidents } from "./update-incidents.js";

const STRIKES = 60;
const REPORTS = 300; // enough that rewriting the block would show (60 incidents), small enough for CI

function report(i: number, strike: number): EventRecord {
  const doc = `r${i}`;
  const actor = i < STRIKES ? null : `Group ${strike}`;
  return makeEventRecord(doc, 1, {
    event_date: "2026-05-10",
    date_start: "2026-05-10",
    date_end: "2026-05-10",
    event_type: "Explosions/Remote violence",
    sub_event_type: "Air/drone strike",
    actor1: actor,
    actor2: null,
    iso3: "SYR",
    location: "Alpha",
    latitude: 36.2,
    longitude: 37.1,
    geo_precision: 1,
    sources: [{ document_id: doc, origin: `${doc}.txt`, publisher: `Outlet ${i % 7}`, published: "2026-05-10" }],
    evidence: { event_type: [{ document_id: doc, start: 0, end: 6, text: "strike" }] },
    notes: `A strike by ${actor ?? "unknown forces"} hit Alpha, target ${strike}.`,
  });
}

async function saveReports(store: Store, events: EventRecord[]): Promise<void> {
  for (const event of events) {
    const source = event.sources[0];
    const meta = { origin: source.origin, publisher: source.publisher!, published: source.published! };
    await store.saveDocument({ id: source.document_id, text: event.notes, meta, layers: {}, events: [] }, [event]);
  }
}

const byId = (list: IncidentRecord[]) =>
  JSON.parse(JSON.stringify([...list].sort((a, b) => (a.incident_id < b.incident_id ? -1 : 1))));

describe("merge: a large block", () => {
  it("a new report in a 300-event block ends as re-clustering would, rewrites only the incidents it changed, with a bounded number of store calls", async () => {
    const store = await openSqliteStore(join(mkdtempSync(join(tmpdir(), "sitrep-block-")), "s.db"));
    try {
      const events = Array.from({ length: REPORTS }, (_, i) => report(i, i % STRIKES));
      await saveReports(store, events);
      await updateIncidents(store, events);
      const incidents = await store.listIncidents();
      assert.ok(incidents.length >= STRIKES, `${incidents.length} incidents`);

      const late = report(REPORTS + 1, 7); // one more report of strike 7, naming its actor
      await saveReports(store, [late]);
      const calls = new Map<string, number>();
      const written: IncidentRecord[][] = [];
      const merged = await updateIncidents(
        watchStore(store, calls, (name, args) => {
          if (name === "replaceIncidents") written.push(args[1] as IncidentRecord[]);
        }),
        [late],
      );
      assert.equal(calls.get("listIncidentMembers") ?? 0, 0, "the block was not collected");
      assert.ok(merged.length < STRIKES / 2, `${merged.length} incidents made again of ${incidents.length}`);
      assert.equal(written.length, 1);
      assert.ok(written[0].length <= 3, `${written[0].length} incidents written of ${merged.length}`);
      assert.ok(written[0].some((i) => i.event_ids.includes(late.event_id)));
      // A handful of window reads (cached by window) and one read of each other kind, whatever the block's size.
      for (const [name, count] of calls) assert.ok(count <= 6, `${name} called ${count} times`);
      const after = await store.listIncidents();
      assert.equal(after.flatMap((i) => i.event_ids).length, REPORTS + 1, "every event in exactly one incident");
      assert.deepEqual(after.filter((i) => !i.event_ids.includes(late.event_id)).length, after.length - 1);
      const documents = new Map(
        [...events, late].map((e) => [
          e.sources[0].document_id,
          { ...e.sources[0], original_publisher: null, duplicate_of: null },
        ]),
      );
      assert.deepEqual(byId(after), byId(mergeEvents([...events, late], documents)), "as merging all at once");
    } finally {
      await store.close();
    }
  });
});
