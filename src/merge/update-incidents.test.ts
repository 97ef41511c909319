// Incidents through the real ingest: invented reports go through the pipeline and the store, and the
// incidents that come out do not depend on the order the reports arrive in.
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { createExtractPool } from "../extract/extract-pool.js";
import type { IngestItem } from "../ingest/raw-document.js";
import { ingestDocuments } from "../ingest-documents.js";
import type { IncidentRecord } from "../records/incident-record.js";
import { openSqliteStore } from "../store/sqlite.js";
import type { Store } from "../store/store.js";
import { completeIncidents } from "./update-incidents.js";

const BODY =
  "KHAN YOUNIS, Gaza Strip — An Israeli air strike hit a United Nations school sheltering displaced families in Khan Younis on Saturday, " +
  "killing 12 people, including five children, the Gaza health ministry said.\n\n" +
  "The school, run by the UN agency for Palestinian refugees, had been housing about 2,000 people who fled fighting in the north. " +
  "Witnesses said the strike hit the second floor of the building shortly after dawn.";
// [published, publisher (as a feed gives it), text]
const REPORTS: Record<string, [string, string, string]> = {
  original: [
    "2026-03-14",
    "Harbour Post",
    `Harbour Post\n\nIsraeli air strike on UN school in Khan Younis kills 12\n\n${BODY}`,
  ],
  syndicated: [
    "2026-03-14",
    "Coast Daily",
    `Coast Daily\n\nIsraeli strike on UN school kills 12 in Khan Younis\n\n${BODY}\n\nThis story was originally published by Harbour Post.`,
  ],
  toll: [
    "2026-03-15",
    "Valley Times",
    "Valley Times\n\nKhan Younis school strike toll rises\n\nAn Israeli air strike on a UN-run school in Khan Younis killed 17 people on Saturday, rescuers said on Sunday. " +
      "Civil defence crews pulled more bodies from the rubble of the school, where hundreds of displaced Palestinians had taken shelter.",
  ],
  distant: [
    "2026-03-14",
    "Northern Ledger",
    "Northern Ledger\n\nAir strike on school in Kharkiv kills 12\n\nKHARKIV, Ukraine — A Russian air strike hit a school sheltering displaced families in Kharkiv on Saturday, " +
      "killing 12 people, including five children, the regional governor said.",
  ],
};

async function* items(names: string[]): AsyncIterable<IngestItem> {
  for (const name of names)
    yield {
      raw: {
        origin: `${name}.txt`,
        kind: "text",
        content: REPORTS[name][2],
        meta: { published: REPORTS[name][0], publisher: REPORTS[name][1] },
      },
    };
}

// One extraction worker for every ingest here: a pool per ingest loads the lexicons again each time (seconds).
const pool = createExtractPool({ size: 1 });
after(() => pool.close());

async function ingestInOrder(names: string[]): Promise<{ incidents: IncidentRecord[]; events: number; store: Store }> {
  const store = await openSqliteStore(join(mkdtempSync(join(tmpdir(), "sitrep-merge-")), "s.db"));
  for (const name of names) await ingestDocuments(items([name]), store, { pool }); // one ingest per report: each is an incremental update
  return { incidents: await store.listIncidents(), events: (await store.listEvents()).length, store };
}

/** What an incident says, by report origin: the document ids of the two copies depend on which came first. */
function describeIncidents(incidents: IncidentRecord[]): string[] {
  return incidents
    .map((i) =>
      JSON.stringify([
        i.sources.map((s) => s.origin).sort(),
        i.corroboration,
        i.event_type,
        i.location,
        i.event_date,
        i.fatalities_low,
        i.fatalities_best,
        i.fatalities_high,
      ]),
    )
    .sort();
}

const strikeOn = (incidents: IncidentRecord[], origin: string) =>
  incidents.filter((i) => i.fatalities_known && i.sources.some((s) => s.origin === origin && s.event_ids.length > 0));

describe("merge: incidents through ingest", () => {
  it("three reports of one strike (original, syndicated copy, another toll) make one incident with corroboration 2 and both tolls", async () => {
    const { incidents, store } = await ingestInOrder(["original", "syndicated", "toll"]);
    try {
      const [strike] = strikeOn(incidents, "toll.txt");
      assert.ok(strike, JSON.stringify(incidents.map((i) => [i.event_type, i.location, i.fatalities_best])));
      assert.deepEqual(strike.sources.map((s) => s.origin).sort(), ["original.txt", "syndicated.txt", "toll.txt"]);
      assert.equal(strike.corroboration, 2);
      assert.deepEqual([strike.fatalities_low, strike.fatalities_high], [12, 17]);
      assert.deepEqual(
        strike.conflicts.find((c) => c.field === "fatalities")?.values.map((v) => v.value),
        [12, 17],
      );
      for (const ref of Object.values(strike.evidence).flat())
        assert.ok(strike.sources.some((s) => s.document_id === ref.document_id));
      // Every event is in exactly one incident.
      const members = incidents.flatMap((i) => i.event_ids);
      assert.equal(new Set(members).size, members.length);
      assert.equal(members.length, (await store.listEvents()).length);
    } finally {
      await store.close();
    }
  });

  it("the same incidents come out whatever order the reports arrive in", async () => {
    const orders = [
      ["original", "syndicated", "toll", "distant"],
      ["distant", "toll", "syndicated", "original"],
      ["toll", "original", "distant", "syndicated"],
    ];
    const results = [];
    for (const order of orders) {
      const { incidents, store } = await ingestInOrder(order);
      await store.close();
      results.push(describeIncidents(incidents));
    }
    assert.ok(results[0].some((line) => line.includes("toll.txt") && line.includes("original.txt")));
    for (const other of results.slice(1)) assert.deepEqual(other, results[0]);
  });

  it("a later report's revised toll updates the incident and the history keeps every value, with the report that brought it", async () => {
    const { store } = await ingestInOrder(["original", "toll"]);
    try {
      const [strike] = strikeOn(await store.listIncidents(), "toll.txt");
      const { history } = (await store.getIncident(strike.incident_id))!;
      const toll = strike.sources.find((s) => s.origin === "toll.txt")!.document_id;
      const high = history!.filter((h) => h.field === "fatalities_high");
      assert.deepEqual(
        high.map((h) => [h.previous, h.value]),
        [
          [null, 12],
          [12, 17],
        ],
        JSON.stringify(history),
      );
      assert.deepEqual(high[1].document_ids, [toll]);
      assert.deepEqual(
        history!.filter((h) => h.field === "corroboration").map((h) => h.value),
        [1, 2],
      );
      assert.ok(history!.every((h, i) => i === 0 || history![i - 1].recorded_at <= h.recorded_at));
      assert.deepEqual(
        (await store.listIncidents({ history: true })).find((i) => i.incident_id === strike.incident_id)?.history,
        history,
      );
    } finally {
      await store.close();
    }
  });

  it("incidents missing for stored events (an older database) are completed idempotently", async () => {
    const { store } = await ingestInOrder(["original", "toll"]);
    try {
      const before = describeIncidents(await store.listIncidents());
      const all = (await store.listEvents()).map((e) => e.event_id);
      await store.replaceIncidents(all, []);
      assert.equal(await completeIncidents(store), all.length);
      assert.deepEqual(describeIncidents(await store.listIncidents()), before);
      assert.equal(await completeIncidents(store), 0);
    } finally {
      await store.close();
    }
  });

  describe("negative cases", () => {
    it("two strikes on the same day in distant towns, worded alike, stay two incidents", async () => {
      const { incidents, store } = await ingestInOrder(["original", "distant"]);
      await store.close();
      const gaza = strikeOn(incidents, "original.txt");
      const kharkiv = strikeOn(incidents, "distant.txt");
      assert.equal(gaza.length, 1);
      assert.equal(kharkiv.length, 1);
      assert.notEqual(gaza[0].incident_id, kharkiv[0].incident_id);
      assert.ok(!incidents.some((i) => new Set(i.sources.map((s) => s.origin)).size > 1));
    });
  });
});
