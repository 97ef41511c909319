// A crowd that gathered "chanting slogans" held a protest, though "gathered" names none; a chant that is no
// crowd's slogans ("chanting hymns") is no protest. Invented reports.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processDoc, showEvents } from "../../testing/process-doc.js";

const run = (text: string) => processDoc(text, "2024-03-13");

describe("events: a crowd chanting slogans is a protest", () => {
  it("supporters gathered outside a court chanting slogans against the governor", () => {
    const doc = run(
      "Dozens of supporters of a jailed union leader gathered outside the magistrates' court in Kisumu on Monday, " +
        "chanting slogans against the governor, as his bail hearing opened.",
    );
    assert.deepEqual(
      doc.events.map((e) => e.subEventType.value),
      ["Peaceful protest"],
      showEvents(doc),
    );
  });

  describe("negative cases", () => {
    it("worshippers chanting hymns at a festival held no protest", () => {
      const doc = run("Thousands of worshippers gathered in Kisumu on Monday, chanting hymns at the annual festival.");
      assert.deepEqual(doc.events, [], showEvents(doc));
    });
  });
});
