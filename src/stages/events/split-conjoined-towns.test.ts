// One predicate, conjoined towns: ACLED codes an event per location and day, so "attacked police stations in
// X and Y" is two records, each with its town. Invented reports, published Monday 2024-11-04.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Doc } from "../../doc.js";
import { processDoc, showEvents } from "../../testing/process-doc.js";

const run = (text: string): Doc => processDoc(text, "2024-11-04");
const locations = (doc: Doc) => doc.events.map((e) => e.place?.value.location ?? null);

describe("events: conjoined towns of one predicate are one record each", () => {
  it("'attacked police stations in Mopti and Segou': two records, one per town, same day", () => {
    const doc = run("Militants attacked police stations in Mopti and Segou on Sunday.");
    assert.equal(locations(doc).length, 2, showEvents(doc));
    assert.ok(locations(doc)[0]?.startsWith("Mopti"), showEvents(doc));
    assert.ok(locations(doc)[1]?.startsWith("S"), showEvents(doc));
    assert.deepEqual(new Set(doc.events.map((e) => e.date?.value.start)).size, 1);
  });

  it("three towns in a list are three records", () => {
    const doc = run("Militants attacked army posts in Mopti, Segou and Gao on Sunday.");
    assert.equal(doc.events.length, 3, showEvents(doc));
  });

  describe("negative cases", () => {
    it("'the village of X, Y municipality': the unit that holds the village, one record", () => {
      const doc = run("Gunmen shot dead a farmer in the village of Mopti, Segou municipality, on Sunday.");
      assert.equal(doc.events.length, 1, showEvents(doc));
    });

    it("'the road between X and Y' is one place", () => {
      const doc = run("Gunmen ambushed a convoy on the road between Mopti and Segou on Sunday.");
      assert.equal(doc.events.length, 1, showEvents(doc));
    });

    it("a town named as a landmark after a comma in another phrase is no second record", () => {
      const doc = run("Militants attacked an army post in Mopti on Sunday. Soldiers later reached Gao.");
      assert.equal(doc.events.length, 1, showEvents(doc));
    });
  });
});
