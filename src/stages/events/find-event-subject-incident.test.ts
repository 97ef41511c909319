// An event noun that is the subject of another trigger's verb did that act: the act is its effect, one
// record with it. Invented sentences.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processDoc, showEvents } from "../../testing/process-doc.js";

const run = (text: string) => processDoc(text, "2024-03-13");

describe("events: the act of an event noun is that event's effect", () => {
  it("'a drone strike set fire to a fuel depot' is one air strike, the fire its evidence", () => {
    const doc = run("A drone strike set fire to a fuel depot in the town of Kadugli on Monday, a local official said.");
    assert.deepEqual(
      doc.events.map((e) => e.subEventType.value),
      ["Air/drone strike"],
      showEvents(doc),
    );
    const words = doc.events[0].eventType.evidence.map((s) => doc.text.slice(s.start, s.end));
    assert.ok(words.includes("set fire to"), words.join("|"));
  });

  it("'the shelling torched the market' is one shelling", () => {
    const doc = run("Heavy shelling torched the central market of Kadugli on Monday, residents said.");
    assert.equal(doc.events.length, 1, showEvents(doc));
  });

  it("'an air strike destroyed a bridge and set ablaze houses, residents said' is one strike", () => {
    const doc = run(
      "An air strike destroyed a bridge and set ablaze several houses in the village of Kadugli on Monday, residents said.",
    );
    assert.deepEqual(
      doc.events.map((e) => e.subEventType.value),
      ["Air/drone strike"],
      showEvents(doc),
    );
  });

  describe("negative cases", () => {
    it("a crowd's arson after a strike, with its own subject, stays its own record", () => {
      const doc = run(
        "A drone strike hit a fuel depot in Kadugli on Monday. Angry residents later set fire to a police station in Dilling.",
      );
      assert.equal(doc.events.length, 2, showEvents(doc));
    });
  });
});
