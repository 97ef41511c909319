// Where: a place named as a modifier of the event noun ("the Kabul bombing") locates the event; a place
// modifying an actor noun ("Kabul police") does not. Invented sentences.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processRecords } from "../../testing/process-doc.js";

const recordsOf = (text: string) => processRecords(text, "2024-10-14");

describe("events: a place modifying the event noun", () => {
  it("'died in the X bombing': the bombing was in X", () => {
    const [bombing] = recordsOf("Twelve people died in the Jalalabad bombing on Monday, officials said.");
    assert.equal(bombing?.country, "Afghanistan");
    assert.deepEqual(
      bombing?.evidence.location?.map((e) => e.text),
      ["Jalalabad"],
    );
  });
  it("'the X bombing killed 12': the event noun as subject, its place modifier located", () => {
    const [bombing] = recordsOf("The Kandahar bombing killed 12 people on Monday.");
    assert.deepEqual(
      bombing?.evidence.location?.map((e) => e.text),
      ["Kandahar"],
    );
  });
});

describe("events: no place from a name modifying another noun", () => {
  it("'X police said gunmen killed two guards': the police's town is not stated as the event's", () => {
    const [killing] = recordsOf("Kandahar police said gunmen killed two guards on Monday.");
    assert.equal(killing?.evidence.location?.some((e) => e.text === "Kandahar") ?? false, false);
  });
});
