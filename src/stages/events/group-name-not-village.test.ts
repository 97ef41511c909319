// Where: a name the gazetteer lacks is read as a village inside the province named after it ("the village of
// X in Y region"), but not a name that modifies an actor noun ("clashed with X fighters"): that names a
// group. Invented sentences.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processRecords } from "../../testing/process-doc.js";

const locationWords = (text: string) =>
  processRecords(text, "2024-10-14")[0]?.evidence.location?.map((e) => e.text) ?? [];

describe("events: a group's name is no village", () => {
  it("'clashed with X fighters in the Y region': the province alone, not X", () => {
    const words = locationWords("Ethiopian troops clashed with Fano fighters in the Amhara region on Tuesday.");
    assert.ok(words.includes("Amhara"), JSON.stringify(words));
    assert.ok(!words.includes("Fano"), JSON.stringify(words));
  });
});

describe("events: a village the gazetteer lacks is still one", () => {
  it("'in the village of X in Y region': X and the province", () => {
    const words = locationWords(
      "Soldiers clashed with militants in the village of Wadi Bakar in Amhara region on Tuesday.",
    );
    assert.ok(words.includes("Wadi Bakar"), JSON.stringify(words));
  });
});
