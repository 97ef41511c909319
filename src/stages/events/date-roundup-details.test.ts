// A roundup lead ("killed across <country> on Monday", "in separate attacks ... on Sunday") gives its day to
// the events its paragraphs tell one by one without a day of their own (date-roundup-details.ts).
// Invented reports, published Wednesday 2024-05-15.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Doc } from "../../doc.js";
import { processDoc, showEvents } from "../../testing/process-doc.js";

const run = (text: string) => processDoc(text, "2024-05-15");
const dateOfWord = (doc: Doc, word: string) => {
  const event = doc.events.find((e) => doc.text.slice(e.trigger.start, e.trigger.end).includes(word));
  assert.ok(event, showEvents(doc));
  return event.date?.value;
};

describe("events: a roundup lead dates the paragraphs it sums up", () => {
  // Such a lead is a tally (is-roundup-total.ts): its sentence's own day dates the paragraphs.
  it("'killed across Yemen on Monday. In Marib, a drone strike ...': the strike is Monday's, at day precision", () => {
    const doc = run(
      "At least eight people were killed across Yemen on Monday, local officials said. In Marib, a drone strike killed three fighters near the dam. In Taiz, a roadside bomb killed two soldiers.",
    );
    for (const word of ["drone strike", "roadside bomb"]) {
      const date = dateOfWord(doc, word);
      assert.equal(date?.start, "2024-05-13", `${word}: ${JSON.stringify(date)}`);
      assert.equal(date?.precision, 1);
    }
  });

  it("'in separate attacks ... on Sunday': the paragraph's undated abduction is Sunday's", () => {
    const doc = run(
      "Gunmen killed 11 people in separate attacks in Katsina state on Sunday, police said. In Batsari, bandits abducted a village head and his two sons.",
    );
    assert.equal(dateOfWord(doc, "abducted")?.start, "2024-05-12");
  });

  describe("negative cases", () => {
    it("a paragraph with its own day keeps it", () => {
      const doc = run(
        "At least eight people were killed across Yemen on Monday, officials said. In Marib, a drone strike killed three fighters on Saturday.",
      );
      assert.equal(dateOfWord(doc, "drone strike")?.start, "2024-05-11");
    });

    it("a paragraph that goes back in time ('Earlier, ...') is not dated by the lead", () => {
      const doc = run(
        "At least eight people were killed across Yemen on Monday, officials said. Earlier, troops clashed with rebels near Hodeidah.",
      );
      assert.notEqual(dateOfWord(doc, "clashed")?.start, "2024-05-13");
    });

    it("a lead that sums up nothing lends its day to no undated paragraph", () => {
      const doc = run(
        "Warplanes struck a house in Khan Younis on Monday, killing four people, medics said. Separately, settlers attacked a village near Nablus.",
      );
      assert.notEqual(dateOfWord(doc, "attacked")?.start, "2024-05-13");
    });
  });
});
