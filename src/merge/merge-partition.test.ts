// Merges by partition: each country's merge, checked to stay in its country, ends in the incidents of merging
// everything at once; a country's merge that meets an event of no country stops before it writes, and merging
// again with the whole store gives the incidents of all at once. On each store backend.
import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import type { EventRecord } from "../records/event-record.js";
import type { IncidentRecord } from "../records/incident-record.js";
import { openStore } from "../store/open-store.js";
import { documentsOf, drawFrom, inventCountryReports, saveReport } from "../testing/invent-country-reports.js";
import { makeEventRecord } from "../testing/make-event-record.js";
import { STORE_BACKENDS } from "../testing/store-backends.js";
import { watchStore } from "../testing/watch-store.js";
import { mergeEvents } from "./merge-events.js";
import { checkPartition, findPartition, LeftPartition, UNLINKABLE, WHOLE_STORE } from "./merge-partition.js";
import { MERGE_SETTINGS } from "./merge-settings.js";
import { updateIncidents } from "./update-incidents.js";

const byId = (list: IncidentRecord[]) =>
  JSON.parse(JSON.stringify([...list].sort((a, b) => (a.incident_id < b.incident_id ? -1 : 1))));

const partitionsOf = (events: EventRecord[]) => new Set(events.map((e) => findPartition(e, MERGE_SETTINGS)));

describe("merge partitions: which merges may run side by side", () => {
  it("an event's partition is its country; with no country, unlinkable ones apart and the rest the whole store", () => {
    const placed = makeEventRecord("p", 1, { iso3: "AAA" });
    const unplaced = {
      iso3: null,
      country: null,
      location: null,
      latitude: null,
      longitude: null,
      geo_precision: null,
    };
    const dated = makeEventRecord("p", 2, unplaced);
    const undated = makeEventRecord("p", 3, { ...unplaced, event_date: null, date_start: null, date_end: null });
    const undatedWithActorOnly = makeEventRecord("p", 4, { ...unplaced, event_date: null, date_start: null });
    assert.equal(findPartition(placed, MERGE_SETTINGS), "AAA");
    assert.equal(findPartition(dated, MERGE_SETTINGS), WHOLE_STORE, "dated, no country: it can link to any country");
    assert.equal(findPartition(undated, MERGE_SETTINGS), UNLINKABLE, "undated, no place: it links to nothing");
    assert.equal(findPartition(undatedWithActorOnly, MERGE_SETTINGS), UNLINKABLE);
  });
});

for (const backend of STORE_BACKENDS)
  describe(`merge partitions: a country's merge stays in its country (${backend.name})`, { skip: backend.skip }, () => {
    after(() => backend.cleanUp());

    it("each country merged apart, checked, ends in the incidents of merging all at once", async () => {
      const reports = inventCountryReports(40, drawFrom(5));
      const all = mergeEvents(reports.flat(), documentsOf(reports));
      assert.ok(all.length > 4 && all.length < reports.flat().length / 2, `${all.length} incidents`);
      assert.deepEqual(partitionsOf(reports.flat()), new Set(["AAA", "BBB"]));
      const store = await openStore(await backend.newLocation());
      try {
        for (const report of reports) await saveReport(store, report);
        // Interleaved: a batch of one country, then of the other, as two workers would take them.
        for (let start = 0; start < reports.length; start += 10)
          for (const country of ["AAA", "BBB"]) {
            const seeds = reports.slice(start, start + 10).flatMap((r) => r.filter((e) => e.iso3 === country));
            await updateIncidents(store, seeds, MERGE_SETTINGS, { meet: checkPartition(country, MERGE_SETTINGS) });
          }
        assert.deepEqual(byId(await store.listIncidents()), byId(all));
      } finally {
        await store.close();
      }
    });

    it("a country's event linked to one of no country stops the merge before it writes; the whole store's merge then ends as all at once", async () => {
      const reports = inventCountryReports(40, drawFrom(9), 0.3);
      assert.ok(partitionsOf(reports.flat()).has(WHOLE_STORE), "some events of no country that can link");
      const all = mergeEvents(reports.flat(), documentsOf(reports));
      const store = await openStore(await backend.newLocation());
      try {
        const writes: string[] = [];
        const watched = watchStore(store, new Map(), (name) => name === "replaceIncidents" && writes.push(name));
        for (const report of reports) await saveReport(store, report);
        const crossing = reports.flat().filter((e) => findPartition(e, MERGE_SETTINGS) === WHOLE_STORE);
        await updateIncidents(store, crossing); // the whole store's partition first: the countries' events meet them
        const country = reports.flat().filter((e) => e.iso3 === "AAA");
        await assert.rejects(
          updateIncidents(watched, country, MERGE_SETTINGS, { meet: checkPartition("AAA", MERGE_SETTINGS) }),
          LeftPartition,
        );
        assert.deepEqual(writes, [], "nothing written before it stopped");
        await updateIncidents(store, reports.flat());
        assert.deepEqual(byId(await store.listIncidents()), byId(all));
      } finally {
        await store.close();
      }
    });
  });
