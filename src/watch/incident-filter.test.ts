import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { SitrepError } from "../errors.js";
import { makeIncidentRecord } from "../testing/make-event-record.js";
import { matchesFilter, readIncidentFilter } from "./incident-filter.js";

const strike = makeIncidentRecord("inc-strike", {
  country: "Palestine",
  iso3: "PSE",
  event_type: "Explosions/Remote violence",
  sub_event_type: "Air/drone strike",
  actor1: "Military Forces of Israel (2022-)",
  actor2: "Civilians (Palestine)",
  assoc_actor_1: [],
  assoc_actor_2: ["UNRWA"],
  latitude: 31.34,
  longitude: 34.3,
});

describe("watch: incident filter", () => {
  it("matches by country name or ISO3, actor word, type or sub-type and box, without case", () => {
    assert.ok(matchesFilter(strike, {}));
    assert.ok(matchesFilter(strike, { country: ["palestine"] }));
    assert.ok(matchesFilter(strike, { country: ["UKR", "pse"], event_type: ["air/drone strike"] }));
    assert.ok(matchesFilter(strike, { actor: ["israel"] }));
    assert.ok(matchesFilter(strike, { actor: ["UNRWA"], bbox: [34.2, 31.2, 34.6, 31.6] }));
  });

  describe("negative cases", () => {
    it("every field given must match; an actor matches whole words; no coordinates is outside any box", () => {
      assert.ok(!matchesFilter(strike, { country: ["Ukraine"] }));
      assert.ok(!matchesFilter(strike, { country: ["Palestine"], event_type: ["Battles"] }));
      assert.ok(!matchesFilter(strike, { actor: ["Isr"] }));
      assert.ok(!matchesFilter(strike, { bbox: [30, 45, 40, 52] }));
      assert.ok(!matchesFilter({ ...strike, latitude: null, longitude: null }, { bbox: [-180, -90, 180, 90] }));
    });

    it("a saved filter with an unknown field, a bad box or broken JSON is a usage error naming the file", () => {
      const dir = mkdtempSync(join(tmpdir(), "sitrep-filter-"));
      const write = (name: string, text: string) => (writeFileSync(join(dir, name), text), join(dir, name));
      const isUsage = (pattern: RegExp) => (e: unknown) =>
        e instanceof SitrepError && e.code === "bad-usage" && pattern.test(e.message);
      assert.throws(
        () => readIncidentFilter(write("a.json", '{"countries": ["Ukraine"]}')),
        isUsage(/a\.json.*countries/),
      );
      assert.throws(
        () => readIncidentFilter(write("b.json", '{"bbox": [40, 10, 30, 20]}')),
        isUsage(/b\.json.*west <= east/),
      );
      assert.throws(() => readIncidentFilter(write("c.json", "{country")), isUsage(/c\.json/));
      assert.deepEqual(readIncidentFilter(write("d.json", '{"country": ["Ukraine"], "bbox": [30, 45, 40, 52]}')), {
        country: ["Ukraine"],
        bbox: [30, 45, 40, 52],
      });
    });
  });
});
