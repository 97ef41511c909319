// Stones thrown at a state force are a riot (ACLED: a violent demonstration) even where no word names a
// protest; stones thrown at anything else name no riot by themselves. Invented sentences.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processDoc, showEvents } from "../../testing/process-doc.js";

const run = (text: string) => processDoc(text, "2023-05-15");
const subTypesOf = (doc: ReturnType<typeof run>) => doc.events.map((e) => e.subEventType.value);
const subTypes = (text: string) => subTypesOf(run(text));

describe("events: stones thrown at a state force", () => {
  it("'youths hurled stones at troops' is a violent demonstration", () => {
    const doc = run("Youths hurled stones at troops in the town of Jenin on Saturday, the army said.");
    assert.deepEqual(
      doc.events.map((e) => e.subEventType.value),
      ["Violent demonstration"],
      showEvents(doc),
    );
  });
  it("'villagers pelted the police with rocks' is a violent demonstration", () => {
    assert.deepEqual(subTypes("Villagers pelted the police with rocks near Tamale on Monday."), [
      "Violent demonstration",
    ]);
  });

  it("a march whose crowd throws stones at police is one violent demonstration, the police response inside it", () => {
    const doc = run(
      "Hundreds of farmers marched in the town of Tamale on Monday. Some threw stones at police, who fired tear gas.",
    );
    assert.deepEqual(subTypesOf(doc), ["Violent demonstration"], showEvents(doc));
  });

  describe("negative cases", () => {
    it("stones thrown at a bus are no riot by themselves", () => {
      assert.deepEqual(subTypes("Children threw stones at a passing bus in the town of Tamale on Monday."), []);
    });
    it("a quarry that throws rocks at workers is no riot", () => {
      assert.deepEqual(subTypes("A landslide hurled rocks at a road crew near the town of Tamale on Monday."), []);
    });
  });
});
