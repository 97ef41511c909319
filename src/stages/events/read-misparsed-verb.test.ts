// Who did what to whom where the parser misreads the clause (issue 18): a verb tagged as a noun ("Police
// shot dead two protesters"), a date taken for the subject, a relative clause's verb taken for the main one,
// a main verb hung as a complement of a reduced relative. Invented sentences through the real pipeline.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { EventRecord } from "../../records/event-record.js";
import { processRecords } from "../../testing/process-doc.js";

const recordsOf = (text: string) => processRecords(text, "2024-10-14");
const evidenceOf = (record: EventRecord, field: "actor1" | "actor2") =>
  (record.evidence[field] ?? []).map((e) => e.text);

describe("events: a verb the tagger read as a noun keeps its subject and its object", () => {
  it("'Police shot dead two protesters': the police acted on the protesters", () => {
    const [shooting] = recordsOf("Police shot dead two protesters in Nairobi on Tuesday, witnesses said.");
    assert.equal(shooting.actor1, "Police Forces of Kenya");
    assert.deepEqual(evidenceOf(shooting, "actor1"), ["Police"]);
    assert.equal(shooting.actor2, "Protesters (Kenya)");
  });
  it("'Police in Nairobi shot dead': the noun the misread verb hangs on is its subject, not the town", () => {
    const [shooting] = recordsOf("Police in Nairobi shot dead two protesters on Tuesday.");
    assert.equal(shooting.actor1, "Police Forces of Kenya");
  });
  it("'Troops shot dead a suspected rebel': the victim hung on 'dead' as its object is actor 2", () => {
    const [shooting] = recordsOf("Troops shot dead a suspected militant near Mopti on Friday.");
    assert.equal(shooting.actor1, "Military Forces of Mali");
    assert.deepEqual(evidenceOf(shooting, "actor2"), ["militant"]);
  });
});

describe("events: the subject the parse lost to another word", () => {
  it("'Gunmen who stormed the village on Sunday killed six': a date is no subject, the gunmen are", () => {
    const [killing] = recordsOf(
      "Gunmen who stormed the village of Koro in northern Mali on Sunday killed six people, officials said.",
    );
    assert.equal(killing.actor1, "Unidentified Armed Group (Mali)");
    assert.deepEqual(evidenceOf(killing, "actor1"), ["Gunmen"]);
  });
  it("'Gunmen who stormed the village killed six': the relative 'who' stands for the gunmen", () => {
    const [killing] = recordsOf("Gunmen who stormed the village killed six people on Sunday in northern Mali.");
    assert.equal(killing.actor1, "Unidentified Armed Group (Mali)");
  });
  it("'A military convoy sent to the area was ambushed': the convoy is the target, not the earlier villagers", () => {
    const records = recordsOf(
      "Jihadists killed twelve villagers in an attack on Solle in Burkina Faso on Friday. A military convoy sent to the area was ambushed on Saturday near Djibo.",
    );
    const ambush = records.find((r) => r.location === "Djibo");
    assert.ok(ambush, JSON.stringify(records.map((r) => r.location)));
    assert.equal(ambush.actor2, "Military Forces of Burkina Faso");
  });
  describe("negative cases", () => {
    it("an adjective after an event noun outside the trigger is no victim: 'an attack last week'", () => {
      const [attack] = recordsOf("An attack last week near Gao in Mali killed five soldiers.");
      assert.equal(attack.actor2, "Military Forces of Mali");
    });
  });
});
