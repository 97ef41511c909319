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

  it("'Meanwhile, in the southern port city of X, hundreds of people protested': the town X", () => {
    const doc = run(
      "Gunmen killed five herders in Mali on Monday, officials said. Meanwhile, in the southern port city of Mopti, hundreds of people protested on Tuesday against power cuts.",
    );
    assert.ok(locations(doc).includes("Mopti"), `locations: ${locations(doc)}`);
  });

  it("'In the northern town of X, soldiers clashed with rebels': the town X", () => {
    const doc = run("In the northern town of Gao, soldiers clashed with rebels on Monday, the army said.");
    assert.deepEqual(locations(doc), ["Gao"]);
  });

  it("'In X, police fired tear gas at …, witnesses said': the town X, though the parse hangs it on 'said'", () => {
    const doc = run(
      "In Beira, police fired tear gas to disperse a crowd of several hundred traders protesting new market fees on Monday, witnesses said.",
    );
    assert.deepEqual(locations(doc), ["Beira"]);
  });

  describe("negative cases", () => {
    it("a place fronted before a verb of saying that comes first is where it was said: 'In X, officials said …'", () => {
      const doc = run(
        "Gunmen killed five herders in Mali on Monday. In Geneva, a UN official said on Tuesday that gunmen had attacked a convoy.",
      );
      assert.ok(!locations(doc).includes("Geneva"), `locations: ${locations(doc)}`);
    });

    it("a name after 'of' that is no kind of place ('in the wake of X's visit') sets no scene", () => {
      const doc = run("In the wake of the visit of Bamako's mayor, hundreds of people protested on Tuesday in Segou.");
      assert.ok(!locations(doc).includes("Bamako"), `locations: ${locations(doc)}`);
    });

    it("a place named after the trigger wins over a fronted one: 'In X, officials said … marched in Y'", () => {
      const doc = run("In Bamako, officials said about 300 people marched in Segou on Tuesday to demand jobs.");
      assert.ok(!locations(doc).includes("Bamako"), `locations: ${locations(doc)}`);
    });
  });
});
