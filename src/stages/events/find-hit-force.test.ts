// An armed side the parse says was hit is the event's actor 2 even when the dead are counted only as
// "people" (find-hit-force.ts); civilians stay the target when nothing armed was hit. Invented reports.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processRecords } from "../../testing/process-doc.js";

const PUBLISHED = "2023-05-18";
const targetsOf = (text: string) => processRecords(text, PUBLISHED).map((r) => r.actor2);

describe("events: an armed side hit outranks counted people", () => {
  it('"blew himself up at a police checkpoint, killing six people": the police were hit', () => {
    const text =
      "A suicide bomber blew himself up at a police checkpoint in the town of Gwoza on Tuesday, killing six people, officials said.";
    assert.deepEqual(targetsOf(text), ["Police Forces of Nigeria"]);
  });

  it('"attacked an army post, killing nine people": the army was hit', () => {
    const text = "Gunmen attacked an army post near Gao in Mali on Sunday, killing nine people, the governor said.";
    assert.deepEqual(targetsOf(text), ["Military Forces of Mali"]);
  });
});

describe("events: no armed side hit, civilians stay the target", () => {
  it('"a bomb exploded at a market, killing six people": civilians', () => {
    const text =
      "A bomb exploded at a busy market in the town of Gwoza in Nigeria on Tuesday, killing six people, police said.";
    assert.deepEqual(targetsOf(text), ["Civilians (Nigeria)"]);
  });
});
