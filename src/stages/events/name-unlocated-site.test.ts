// The site phrase of an event whose town the gazetteer lacks runs on over the town's name, so the evidence
// says where; a located town keeps the site as its own phrase (issue 18). Invented sentences.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processRecords } from "../../testing/process-doc.js";

const locationWords = (text: string) =>
  (processRecords(text, "2024-09-04")[0]?.evidence.location ?? []).map((s) => s.text);

describe("events: a site of an unlocated town", () => {
  it("'near the town of X', X unknown: the evidence holds the town's name, not a bare 'the town'", () => {
    const words = locationWords(
      "Suspected jihadists ambushed an army convoy near the town of Tindabourou in central Mali on Tuesday, killing 11 soldiers.",
    );
    assert.ok(words.includes("the town of Tindabourou"), words.join("|"));
    assert.ok(!words.includes("the town"), words.join("|"));
  });
  it("a located town is the place, and the site beside it stays its own phrase", () => {
    const words = locationWords("Gunmen killed five villagers near the town of Ansongo in eastern Mali on Tuesday.");
    assert.ok(words.includes("Ansongo"), words.join("|"));
    assert.ok(!words.some((w) => w.includes("of Ansongo")), words.join("|"));
  });
});
