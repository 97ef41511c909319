// A crowd named by a trigger of its own that is the subject of another trigger's verb did that act: one
// incident, not a riot beside an act with no actor. Invented sentences through the real pipeline.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processDoc, showEvents } from "../../testing/process-doc.js";

const run = (text: string) => processDoc(text, "2022-02-14");

describe("events: a crowd trigger that is the subject of an act", () => {
  it("'angry villagers pelted the police' is one riot", () => {
    const doc = run("Angry villagers pelted the police with rocks in the town of Bawku on Sunday.");
    assert.equal(doc.events.length, 1, showEvents(doc));
    assert.equal(doc.events[0].eventType.value, "Riots", showEvents(doc));
  });
  it("'angry residents attacked the police' is one riot, not a riot and a battle", () => {
    const doc = run("Angry residents attacked the police in the town of Bawku on Sunday.");
    assert.equal(doc.events.length, 1, showEvents(doc));
    assert.equal(doc.events[0].eventType.value, "Riots", showEvents(doc));
  });

  it("'protesters threw stones at officers and set fire to tyres': the fire joins the riot", () => {
    const doc = run(
      "Hundreds of protesters marched in Bawku on Sunday. Some protesters threw stones at officers and set fire to tyres.",
    );
    assert.deepEqual(
      doc.events.map((e) => e.eventType.value),
      ["Riots"],
      showEvents(doc),
    );
  });

  describe("negative cases", () => {
    it("a crowd and another group's act in one sentence stay two incidents", () => {
      const doc = run("An angry mob burned tyres in Bawku on Sunday, while gunmen abducted two officials in Tamale.");
      assert.equal(doc.events.length, 2, showEvents(doc));
    });
  });
});
