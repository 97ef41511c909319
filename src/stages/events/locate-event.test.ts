// Where an event happened, read against the clause's verbs (issue 18): a capital a verb of saying or
// blaming takes as its subject or object is the government that speaks or is blamed, not the place.
// Invented sentences, published on Thursday 2025-07-10.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Doc } from "../../doc.js";
import { processDoc, processRecords, showEvents } from "../../testing/process-doc.js";

const run = (text: string): Doc => processDoc(text, "2025-07-10");

const locations = (doc: Doc) => doc.events.map((e) => e.place?.value.location ?? null);

describe("events: the place of an event and the verbs around it", () => {
  it("'... were killed and accused Ankara of ...': Ankara is who is blamed, not where they died", () => {
    const doc = run("The militia said two of its members were killed and accused Ankara of targeting civilian areas.");
    assert.ok(!locations(doc).includes("Ankara"), `locations: ${locations(doc)}`);
  });

  it("'repelled an attack on a base in X, killing 12': the town of the clause a trailing participle ends is its place", () => {
    const doc = run(
      "The army said on Monday it repelled an assault by insurgents on a police post in Dikwa, killing 12 fighters.",
    );
    assert.ok(locations(doc).includes("Dikwa"), `locations: ${locations(doc)}`);
  });

  it("'the depot in X was wrecked by an explosion': the town of the clause the event noun is the cause of", () => {
    const doc = run("The fuel depot in Kandahar was wrecked by an explosion on Sunday, killing four guards.");
    const evidence = doc.events.flatMap((e) => e.place?.evidence.map((s) => doc.text.slice(s.start, s.end)) ?? []);
    assert.ok(evidence.includes("Kandahar"), `place evidence: ${evidence}`);
  });

  it("a name in a clause hung on the event's ('…, calling Y a coward') yields to the event's own place", () => {
    const doc = run("Gunmen killed two guards in Peru on Monday and released a video calling Clinton a coward.");
    assert.deepEqual(locations(doc), ["Peru"]);
  });

  it("'attacked the town of X in Y state, killing six': a town the gazetteer lacks puts the event inside Y", () => {
    const [record] = processRecords(
      "Fighters attacked the town of Madison in Zamfara state on Monday, killing six villagers.",
      "2025-07-10",
    );
    assert.deepEqual([record?.location, record?.geo_precision], ["Zamfara", 2]);
    assert.deepEqual(
      record?.evidence.location?.map((e) => e.text),
      ["Madison", "Zamfara"],
    );
  });

  it("'the village of X-Nord near Gao': a direction after the hyphen is no second place, so no wrong town", () => {
    const text = "Gunmen killed five civilians in the village of Tessit-Nord near Gao on Sunday.";
    const [record] = processRecords(text, "2025-07-10");
    assert.deepEqual([record?.location, record?.geo_precision], ["Gao", 2]);
    // Named alone the town is found, at its own precision.
    const [alone] = processRecords("Gunmen killed five civilians in Tessit on Sunday.", "2025-07-10");
    assert.deepEqual([alone?.location, alone?.geo_precision], ["Tessit", 1]);
  });

  it("'shot down 20 drones, while debris damaged a line in X': X is the damage's place, not the interception's", () => {
    const doc = run(
      "The air force said it shot down 20 drones overnight, while debris damaged a power line in the Poltava region.",
    );
    const downing = doc.events.find((e) => e.subEventType.value === "Disrupted weapons use");
    assert.ok(downing, showEvents(doc));
    assert.notEqual(downing.place?.value.location, "Poltava", showEvents(doc));
  });

  describe("negative cases", () => {
    it("the town the trigger's own verb acts on is still the place: 'shelled Kharkiv'", () => {
      const doc = run("Russian forces shelled Kharkiv on Sunday, killing three civilians, officials said.");
      assert.ok(locations(doc).includes("Kharkiv"), `locations: ${locations(doc)}`);
    });
  });
});

describe("events: a country named in a clause about the target does not split the record", () => {
  it("'struck fighters who were preparing to fire rockets toward Jordan': one record, in Syria", () => {
    const records = processRecords(
      "A drone strike killed two fighters in southern Syria on Monday. The army said it had struck fighters who were preparing to fire rockets toward Jordan.",
      "2025-07-10",
    );
    const strikes = records.filter((r) => r.sub_event_type === "Air/drone strike");
    assert.deepEqual(
      strikes.map((r) => r.country),
      ["Syria"],
      JSON.stringify(records.map((r) => [r.sub_event_type, r.country])),
    );
  });
});

describe("events: a country that modifies the event noun says whose event it was", () => {
  it("'a U.S. drone strike killed two near X in southern Somalia', filed in Washington: placed at X, not the U.S.", () => {
    const records = processRecords(
      "WASHINGTON, July 9 (Reuters) - A U.S. drone strike killed two militant commanders near Jilib in southern Somalia on Wednesday, the Pentagon said.",
      "2025-07-10",
    );
    assert.deepEqual(
      records.map((r) => [r.country, r.location]),
      [["Somalia", "Jilib"]],
    );
  });

  it("a town modifying the event noun still places it ('the Kandahar bombing')", () => {
    const doc = run("Police arrested two men over the Kandahar bombing that killed four guards on Sunday.");
    const evidence = doc.events.flatMap((e) => e.place?.evidence.map((s) => doc.text.slice(s.start, s.end)) ?? []);
    assert.ok(evidence.includes("Kandahar"), `place evidence: ${evidence}`);
  });
});

describe("events: a town the event lies a distance or direction from is its place at geo_precision 2", () => {
  for (const frame of ["30 km north of", "on the outskirts of", "south-west of"])
    it(`'an attack on a village ${frame} X': X, near it`, () => {
      const [record] = processRecords(
        `Jihadists killed 11 civilians in an attack on a village ${frame} Mopti on Sunday, a local official said.`,
        "2025-07-10",
      );
      assert.deepEqual([record?.location, record?.geo_precision], ["Mopti", 2]);
    });

  it("negative case: 'in X' is the town itself", () => {
    const [record] = processRecords("Jihadists killed 11 civilians in an attack in Mopti on Sunday.", "2025-07-10");
    assert.deepEqual([record?.location, record?.geo_precision], ["Mopti", 1]);
  });
});
