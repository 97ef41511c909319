// "Separately, in the capital X, about 300 people marched": a fronted place phrase the parse makes the
// sentence's head still places the clause's event (issue 18). Invented sentences, published Tuesday 2024-03-12.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Doc } from "../../doc.js";
import { processDoc } from "../../testing/process-doc.js";

const run = (text: string): Doc => processDoc(text, "2024-03-12");

const locations = (doc: Doc) => doc.events.map((e) => e.place?.value.location ?? null);

describe("events: a fronted place phrase", () => {
  it("'Separately, in the capital X, about 300 people marched': the town X, not the country", () => {
    const doc = run(
      "Gunmen killed five herders in Mali on Monday, officials said. Separately, in the capital Bamako, about 300 people marched on Tuesday to demand jobs.",
    );
    assert.ok(locations(doc).includes("Bamako"), `locations: ${locations(doc)}`);
  });

  it("'In X, about 300 people marched': the town X", () => {
    const doc = run("In Bamako, about 300 people marched on Tuesday to demand jobs.");
    assert.deepEqual(locations(doc), ["Bamako"]);
  });

  describe("negative cases", () => {
    it("a place named after the trigger wins over a fronted one: 'In X, officials said … marched in Y'", () => {
      const doc = run("In Bamako, officials said about 300 people marched in Segou on Tuesday to demand jobs.");
      assert.ok(!locations(doc).includes("Bamako"), `locations: ${locations(doc)}`);
    });
  });
});
