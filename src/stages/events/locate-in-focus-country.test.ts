// Where an event happened when its clause names no place the stage can locate (issue 18, places in context):
// a village the gazetteer lacks inside a named province is the province at geo_precision 2; a place it cannot
// locate at all falls back to the report's focus country at geo_precision 3, inferred, with the words that
// name the country as evidence. Invented reports (fixtures/), published on Monday 2024-10-07.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import type { Doc, EventDraft } from "../../doc.js";
import { processDoc } from "../../testing/process-doc.js";

const run = (text: string): Doc => processDoc(text, "2024-10-07");

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const words = (doc: Doc, e: EventDraft) => (e.place?.evidence ?? []).map((s) => doc.text.slice(s.start, s.end));
const byTrigger = (doc: Doc, word: string) =>
  doc.events.find((e) => doc.text.slice(e.trigger.start, e.trigger.end).includes(word));

describe("events: a place the gazetteer lacks", () => {
  const doc = run(fixture("focus-country-report.txt"));

  it("'the village of X in Y's Z region': the region, geo_precision 2, with the village and region as evidence", () => {
    const attack = byTrigger(doc, "killed");
    assert.ok(attack, "the attack is an event");
    assert.equal(attack.place?.value.iso3, "NER");
    assert.equal(attack.place?.value.admin1, "Tillabéri");
    assert.equal(attack.place?.value.precision, 2);
    // The site phrase the parse attaches ("the village of X", find-event-site.ts) may follow them.
    assert.deepEqual(words(doc, attack).slice(0, 2), ["Tamoukar", "Tillaberi"]);
    assert.ok(
      words(doc, attack)
        .slice(2)
        .every((w) => w.endsWith("Tamoukar")),
      words(doc, attack).join(" | "),
    );
  });

  it("'near X' with X unknown: the report's focus country at geo_precision 3, inferred, the words naming it as evidence", () => {
    const clash = byTrigger(doc, "clashed");
    assert.ok(clash, "the clash is an event");
    assert.deepEqual(
      [clash.place?.value.country, clash.place?.value.location, clash.place?.value.precision, clash.place?.stated],
      ["Niger", "Niger", 3, false],
    );
    // The evidence names the country, and the unlocated name after "near" says where more precisely
    // (locate-event.ts, withUnlocatedNames); the demonym ("Nigerien soldiers") says who fought, not where.
    assert.ok(words(doc, clash).includes("Niger"));
    for (const word of words(doc, clash)) assert.ok(!/^Nigerien/.test(word), word);
  });
});

describe("events: no focus country, no guess", () => {
  it("a report split between two countries leaves an unplaced clash without a place", () => {
    const doc = run(fixture("two-country-report.txt"));
    const clash = byTrigger(doc, "clashed");
    assert.ok(clash, "the clash is an event");
    assert.equal(clash.place, null);
  });

  it("a country named once in a short item is not yet the report's focus", () => {
    const doc = run("Gunmen clashed with soldiers near Kouroutay on Sunday, a resident said. Niger police said.");
    const clash = byTrigger(doc, "clashed");
    assert.ok(clash, "the clash is an event");
    assert.equal(clash.place, null);
  });

  it("'in central X': a direction word between the preposition and the country still places the event", () => {
    const doc = run("Gunmen killed four people near Kouroutay in central Niger on Sunday, officials said.");
    const attack = byTrigger(doc, "killed");
    assert.equal(attack?.place?.value.iso3, "NER");
    assert.equal(attack?.place?.stated, true);
  });
});
