// "The faction, which has pledged allegiance to Islamic State, ...": a tie of allegiance told in the perfect,
// with no day of its own, is the group's standing, not a change to the group (issue 18). Invented sentences,
// published Friday 2024-10-11.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processDoc, showEvents } from "../../testing/process-doc.js";

const run = (text: string) => processDoc(text, "2024-10-11");
const subTypes = (text: string) => run(text).events.map((e) => e.subEventType.value);

describe("events: a standing allegiance is background", () => {
  it("'the group, which has pledged allegiance to X, is active ...' makes no record of the pledge", () => {
    const text =
      "Gunmen attacked a military post near Tillaberi on Monday, killing six soldiers. The group, which has pledged allegiance to Islamic State, is active in the border area.";
    assert.deepEqual(subTypes(text), ["Armed clash"], showEvents(run(text)));
  });

  it("'The faction has pledged allegiance to X.' after an attack makes no record of the pledge", () => {
    const text =
      "Gunmen attacked a military post near Tillaberi on Monday, killing six soldiers. The faction has pledged allegiance to Islamic State.";
    assert.ok(!subTypes(text).includes("Change to group/activity"), showEvents(run(text)));
  });

  describe("negative cases", () => {
    it("a pledge told in the past with its own day is still a change to the group", () => {
      const text = "A local faction pledged allegiance to Islamic State on Tuesday in a video posted online.";
      assert.deepEqual(subTypes(text), ["Change to group/activity"], showEvents(run(text)));
    });
  });
});
