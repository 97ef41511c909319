// An interception and the strike it partly stopped are two ACLED events (is-disrupted-beside-strike.ts).
// Invented reports.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processDoc, showEvents } from "../../testing/process-doc.js";

const run = (text: string) => processDoc(text, "2024-05-19");
const find = (doc: ReturnType<typeof run>, subEventType: string) =>
  doc.events.find((e) => e.subEventType.value === subEventType);

describe("events: a disrupted weapon is no part of the strike", () => {
  it("drones that hit a city and the defenders' downing of the rest: two records, each with its own actor", () => {
    const doc = run(
      [
        "Enemy drones attacked the port city of Odesa overnight, damaging a hotel and injuring two people, the regional governor said.",
        "The air force said it had shot down 25 of 28 drones launched overnight.",
      ].join("\n\n"),
    );
    const strike = find(doc, "Air/drone strike");
    const downing = find(doc, "Disrupted weapons use");
    assert.ok(strike && downing, showEvents(doc));
    assert.notEqual(strike.actor1?.value.name, downing.actor1?.value.name, showEvents(doc));
    assert.ok(
      !strike.actor1?.evidence.some((s) => doc.text.slice(s.start, s.end).includes("air force")),
      showEvents(doc),
    );
  });

  it("negative: two tellings of one strike still make one record", () => {
    const doc = run(
      "A drone strike hit a fuel depot in Odesa overnight, the governor said.\n\nThe strike on the depot started a large fire.",
    );
    assert.equal(doc.events.filter((e) => e.subEventType.value === "Air/drone strike").length, 1, showEvents(doc));
  });
});
