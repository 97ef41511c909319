// ACLED's hierarchy rule across drafts: one event per actor pair, place and day, typed by the higher type.
// The texts are short reports written for these tests in the seed article's terms (its actors, an Iraqi
// border town): the gold sets hold no report that names both sides, the place and the day of two tactics.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Doc } from "../../doc.js";
import { processText } from "../../process.js";
import { toEventRecord } from "../../records/event-record.js";
import { assertEvidenceIsSlice } from "../../testing/assert-evidence.js";

function run(text: string): Doc {
  const result = processText(text, { published: "2021-06-28" });
  assert.ok("doc" in result);
  return result.doc;
}

const CLASH = "US forces clashed with Kata'ib Hezbollah in Al-Qaim on June 27, 2021.";
const STRIKE =
  "US aircraft carried out airstrikes against Kata'ib Hezbollah in Al-Qaim on June 27, 2021, killing 4 fighters.";

describe("events: one event per actor pair, place and day", () => {
  it("an air strike during a battle between the same sides, place and day is one Battles event", () => {
    const doc = run(`${CLASH} ${STRIKE}`);
    assert.equal(doc.events.length, 1);
    const record = toEventRecord(doc, doc.events[0], 0);
    assert.equal(record.event_type, "Battles");
    assert.equal(record.sub_event_type, "Armed clash");
    assert.deepEqual(record.other_tactics, [
      { event_type: "Explosions/Remote violence", sub_event_type: "Air/drone strike" },
    ]);
    // The strike's trigger words and its dead stay with the merged event.
    assert.match(record.evidence.other_tactics[0].text, /aircraft|airstrikes/);
    assert.equal(record.fatalities_best, 4);
    assert.equal(record.evidence.event_type[0].text, "clashed");
    assertEvidenceIsSlice([record], doc.text);
  });

  it("the higher type wins whichever the report names first", () => {
    const doc = run(`${STRIKE} ${CLASH}`);
    assert.equal(doc.events.length, 1);
    assert.equal(doc.events[0].subEventType.value, "Armed clash");
    assert.deepEqual(
      doc.events[0].otherTactics?.map((t) => t.value.subEventType),
      ["Air/drone strike"],
    );
  });

  it("the air strike's weapons stay with the Battles event", () => {
    const strike =
      "US F-16s carried out airstrikes with precision guided munitions against Kata'ib Hezbollah in Al-Qaim on June 27, 2021.";
    const doc = run(`${CLASH} ${strike}`);
    assert.equal(doc.events.length, 1);
    assert.equal(doc.events[0].eventType.value, "Battles");
    assert.deepEqual(
      doc.events[0].weapons.map((w) => w.value),
      ["F-16s", "precision guided munitions"],
    );
  });

  it("a strike split by country stays linked to the Battles event its Iraqi part merged into", () => {
    const split =
      "US aircraft carried out airstrikes against Kata'ib Hezbollah on June 27, 2021, at three locations, two in Syria and one in Iraq.";
    const doc = run(`${split} US forces clashed with Kata'ib Hezbollah in Iraq on June 27, 2021.`);
    const records = doc.events.map((draft, i) => toEventRecord(doc, draft, i));
    const battle = records.find((r) => r.event_type === "Battles")!;
    const syria = records.find((r) => r.country === "Syria")!;
    assert.equal(battle.country, "Iraq");
    assert.deepEqual([syria.same_incident, battle.same_incident], [[battle.event_id], [syria.event_id]]);
  });

  it("negative: a different day keeps two events", () => {
    const doc = run(`${CLASH.replace("June 27", "June 26")} ${STRIKE}`);
    assert.deepEqual(
      doc.events.map((e) => e.subEventType.value),
      ["Armed clash", "Air/drone strike"],
    );
    assert.ok(doc.events.every((e) => (e.otherTactics ?? []).length === 0));
  });

  it("negative: a side the text does not name does not make the same actor pair", () => {
    const doc = run(`${CLASH} Airstrikes hit Al-Qaim on June 27, 2021.`);
    assert.equal(doc.events.length, 2);
  });

  it("negative: a different place keeps two events", () => {
    const doc = run(`${CLASH} ${STRIKE.replace("Al-Qaim", "Mosul")}`);
    assert.equal(doc.events.length, 2);
  });
});
