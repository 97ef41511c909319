// The sides of a fight a death or injury happened in (issue 18): "killed in clashes between X and Y" names
// who fought, the first side acting. Invented sentences through the real pipeline.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processRecords } from "../../testing/process-doc.js";

const recordsOf = (text: string) => processRecords(text, "2024-10-14");

describe("events: 'killed in a battle between X and Y'", () => {
  it("the first side of the battle a man was killed in is actor 1, with its words as evidence", () => {
    const text = "A man was killed in a battle between troops and insurgents in the old quarter of Mosul on Friday.";
    const [record] = recordsOf(text);
    assert.equal(record?.actor1, "Military Forces of Iraq");
    assert.deepEqual(
      (record.evidence.actor1 ?? []).map((e) => text.slice(e.start, e.end)),
      ["troops"],
    );
  });

  it("'wounded during fighting between police and gunmen': the police acted", () => {
    const [record] = recordsOf(
      "Three bystanders were wounded during fighting between police and gunmen in Kano on Monday.",
    );
    assert.equal(record?.actor1, "Police Forces of Nigeria");
  });

  it("'killed and four wounded in a battle between X and Y': the setting the parse hangs on the second verb", () => {
    const [record] = recordsOf(
      "During the night a farmer was killed and three others were wounded in a battle between soldiers and insurgents near Mosul.",
    );
    assert.equal(record?.actor1, "Military Forces of Iraq");
  });

  describe("negative cases", () => {
    it("'between' after a phrase of time is no fight: 'killed in the weeks between June and July'", () => {
      const records = recordsOf("Gunmen killed four farmers in Zamfara in the weeks between June and July.");
      for (const r of records) assert.ok(!/June|July/.test(`${r.actor1};${r.actor2}`), `${r.actor1};${r.actor2}`);
    });
  });
});
