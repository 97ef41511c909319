// "the regime that crushed an uprising in 1994": a year inside a relative clause about something else is
// not the event's date (is-relative-clause-date.ts), even in a sentence the syntax stage did not parse.
// Invented reports with no publication date, so a weekday stays unresolved and nothing else dates them.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Doc } from "../../doc.js";
import { processText } from "../../process.js";
import { processDoc, showEvents } from "../../testing/process-doc.js";

function runUndated(text: string): Doc {
  const result = processText(text, { origin: "test" });
  assert.ok("doc" in result, "the document was declined");
  return result.doc;
}

const years = (doc: Doc) => doc.events.map((e) => e.date?.value.start.slice(0, 4) ?? null);

describe("events: a year in a 'that' relative clause about something else", () => {
  it("'ordered by the government that crushed an uprising in 1994' does not date Tuesday's shelling", () => {
    const doc = runUndated(
      "Army units shelled the village of Tessit on Tuesday, residents said. The assault was ordered by the government that crushed an uprising in the north in 1994.",
    );
    assert.ok(doc.events.length >= 1, showEvents(doc));
    assert.ok(!years(doc).includes("1994"), `years: ${years(doc)} / ${showEvents(doc)}`);
  });

  it("'a junta that had outlawed ... in 2011' dates nothing of the raid", () => {
    const doc = runUndated(
      "Soldiers raided the offices of an opposition newspaper in the capital on Friday, staff said. The raid was carried out by a junta that had outlawed the party in 2011.",
    );
    assert.ok(!years(doc).includes("2011"), `years: ${years(doc)} / ${showEvents(doc)}`);
  });

  describe("negative cases", () => {
    it("a complement 'that' with its own subject keeps its date: 'said that troops shelled the town in March 2019'", () => {
      const doc = runUndated(
        "The army said that troops shelled the rebel town of Tessit in March 2019, killing four fighters.",
      );
      assert.ok(years(doc).includes("2019"), `years: ${years(doc)} / ${showEvents(doc)}`);
    });
  });
});

describe("events: a day in the trigger's own relative clause", () => {
  it("'claimed on Tuesday a car bomb that killed eight on Monday' dates the bombing Monday", () => {
    const doc = processDoc(
      "A militant group claimed responsibility on Tuesday for a car bomb that killed eight people at a checkpoint in Mogadishu on Monday.",
      "2024-03-13",
    );
    const bombing = doc.events.find((e) => e.eventType.value === "Explosions/Remote violence");
    assert.equal(bombing?.date?.value.start, "2024-03-11", showEvents(doc));
  });
});

describe("events: a day in a past-perfect relative clause on another noun", () => {
  it("'arrested two men who had attacked a mosque on Sunday': the arrest is not dated Sunday", () => {
    const doc = processDoc("Police in Kano arrested two men who had attacked a mosque on Sunday.", "2024-03-13");
    const arrest = doc.events.find((e) => e.eventType.value === "Strategic developments");
    assert.ok(arrest, showEvents(doc));
    assert.notEqual(arrest.date?.value.start, "2024-03-10", showEvents(doc));
  });

  describe("negative cases", () => {
    it("the clause's own act keeps its day: the attack 'who had attacked a mosque on Sunday' is Sunday's", () => {
      const doc = processDoc("Police in Kano arrested two men who had attacked a mosque on Sunday.", "2024-03-13");
      const attack = doc.events.find((e) => e.eventType.value === "Violence against civilians");
      assert.equal(attack?.date?.value.start, "2024-03-10", showEvents(doc));
    });
  });
});

describe("events: an earlier act told in a past-perfect relative clause", () => {
  it("'killed four gunmen who had raided a police post on March 2': the killing is not dated March 2", () => {
    const doc = processDoc(
      "Soldiers killed four gunmen who had raided a police post near Gombe on March 2, the army said on Tuesday.",
      "2024-03-14",
    );
    const killing = doc.events.find((e) => doc.text.slice(e.trigger.start, e.trigger.end) === "killed");
    assert.ok(killing, showEvents(doc));
    assert.equal(killing.date?.value.start, "2024-03-12", showEvents(doc));
  });

  describe("negative cases", () => {
    it("a simple-past relative clause on the trigger's own noun still dates it: 'the raid, which came on March 2'", () => {
      const doc = processDoc(
        "Gunmen raided a police post near Gombe, killing two officers, in an attack that took place on March 2, police said on Tuesday.",
        "2024-03-14",
      );
      assert.ok(
        doc.events.some((e) => e.date?.value.start === "2024-03-02"),
        showEvents(doc),
      );
    });
  });
});
