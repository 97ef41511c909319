// "Russia's defence ministry said it had captured the village": a pronoun in a clause a state body reports
// stands for that body, so its state's forces act, not a state the report named earlier (session 22).
// Invented sentences.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processRecords } from "../../testing/process-doc.js";

const recordsOf = (text: string) => processRecords(text, "2024-10-14");

describe("events: 'it' under a state body's verb of saying is that state's forces", () => {
  it("'Russia's defence ministry said it had captured the village' after a sentence about Ukraine", () => {
    const text =
      "Ukraine said on Saturday it would not withdraw from the east. Russia's defence ministry said it had captured the village of Ivanivske near Bakhmut.";
    const capture = recordsOf(text).find((r) => r.event_type === "Battles");
    assert.ok(capture, "no Battles record");
    assert.equal(capture.actor1, "Military Forces of Russia");
  });
  it("'Ukraine's army said it shot down drones': the speaker's state acts", () => {
    const [record] = recordsOf("Ukraine's army said it shot down 20 drones over Kharkiv overnight on Sunday.");
    assert.equal(record?.actor1, "Military Forces of Ukraine");
  });
  describe("negative cases", () => {
    it("a group that speaks of itself stays the group: 'Hamas said it fired rockets'", () => {
      const [record] = recordsOf("Hamas said it fired rockets at Ashkelon on Sunday.");
      assert.equal(record?.actor1, "Hamas");
    });
  });
});

describe("events: 'shot dead' misread as a noun still names the dead", () => {
  it("'Israeli forces shot dead a 17-year-old Palestinian': one dead, the Palestinian the victim", () => {
    const [record] = recordsOf("Israeli forces shot dead a 17-year-old Palestinian near Nablus on Sunday.");
    assert.equal(record?.fatalities_best, 1);
    assert.ok(record.evidence.actor2?.some((e) => e.text.includes("Palestinian")));
  });
  it("'shot dead two men': two dead", () => {
    const [record] = recordsOf("Police shot dead two men near Mombasa on Sunday.");
    assert.equal(record?.fatalities_best, 2);
  });
  describe("negative cases", () => {
    it("'shot' alone is no killing: 'shot two protesters' counts no dead", () => {
      const [record] = recordsOf("Police shot two protesters in Mombasa on Sunday.");
      assert.notEqual(record?.fatalities_best, 2);
    });
  });
});
