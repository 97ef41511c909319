// The subject of a clause read off its leading noun phrase when the parse gives the verb none (issue 18): a
// wire dateline before the clause, a participle the tagger takes for the main verb, a reduced relative
// after the subject. Invented sentences through the real pipeline.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { EventRecord } from "../../records/event-record.js";
import { processRecords } from "../../testing/process-doc.js";

const recordsOf = (text: string) => processRecords(text, "2024-10-14");
const evidenceOf = (record: EventRecord, field: "actor1" | "actor2") =>
  (record.evidence[field] ?? []).map((e) => e.text);

describe("events: a clause's leading noun phrase is the subject its verb lost", () => {
  it("a dateline, then 'Suspected jihadists on motorbikes killed': the jihadists are actor 1", () => {
    const [killing] = recordsOf(
      "NIAMEY, May 2 (Wire) - Suspected jihadists on motorbikes killed nine villagers near Ouallam, the mayor said.",
    );
    assert.equal(killing.actor1, "Unidentified Armed Group (Niger)");
    assert.deepEqual(evidenceOf(killing, "actor1"), ["jihadists"]);
  });
  it("without the dateline, the participle that opens the clause is no verb of its own", () => {
    const [killing] = recordsOf(
      "Suspected jihadists on motorbikes killed nine villagers near Ouallam, the mayor said.",
    );
    assert.deepEqual(evidenceOf(killing, "actor1"), ["jihadists"]);
  });
  it("'Troops sent to the area on Friday killed four militants': the troops, past the participle", () => {
    const [clash] = recordsOf("Troops sent to the area near Mopti on Friday killed four militants, the army said.");
    assert.equal(clash.actor1, "Military Forces of Mali");
  });
  it("a dateline, then 'Kenyan police fired tear gas': the police, not the country word", () => {
    const records = recordsOf(
      "NAIROBI, May 2 (Wire) - Kenyan police fired tear gas at protesters in Kisumu on Friday.",
    );
    const actors = records.flatMap((r) => [r.actor1, r.actor2]);
    assert.ok(actors.includes("Police Forces of Kenya"), JSON.stringify(actors));
  });
  describe("negative cases", () => {
    it("a reduced passive with no object takes no agent from its victims: 'Four soldiers killed in ambush'", () => {
      const records = recordsOf("Four soldiers killed in an ambush near Mopti on Friday, the army said.");
      for (const record of records) assert.notEqual(record.actor1, "Military Forces of Mali");
    });
    it("a clause whose words before the verb are a clause of their own: 'after gunmen killed' is the gunmen's", () => {
      const [killing] = recordsOf(
        "Residents fled to the hills after gunmen killed nine villagers near Mopti on Friday.",
      );
      assert.equal(killing.actor1, "Unidentified Armed Group (Mali)");
    });
  });
});
