// A mob the text names by its community that attacks people is that community's militia, and its violence
// an attack on civilians (find-parsed-actor.ts, type-by-target.ts typeByAttacker); a plain mob and a
// people's riot stay rioters. Invented reports.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processRecords } from "../../testing/process-doc.js";

const PUBLISHED = "2023-09-21";
const summaryOf = (text: string) =>
  processRecords(text, PUBLISHED).map((r) => `${r.actor1} / ${r.sub_event_type} / ${r.actor2}`);

describe("events: a people's mob that attacks people is that people's militia", () => {
  it('"a Tiv mob attacked the village, killing seven farmers": Tiv Ethnic Militia, an attack', () => {
    const text =
      "A Tiv mob attacked the village of Agatu in Benue state on Sunday, killing seven farmers, police said.";
    assert.deepEqual(summaryOf(text), ["Tiv Ethnic Militia (Nigeria) / Attack / Civilians (Nigeria)"]);
  });
});

describe("events: other mobs stay rioters", () => {
  it('"a mob attacked two men": no people named, rioters', () => {
    const text = "A mob attacked two men accused of theft in Benue state on Sunday, killing one of them, police said.";
    assert.deepEqual(summaryOf(text), ["Rioters (Nigeria) / Mob violence / Civilians (Nigeria)"]);
  });

  it('"Hausa youths rioted, burning tyres": a people\'s riot with no one attacked stays a riot', () => {
    const text = "Hausa youths rioted in Kano state on Sunday, burning tyres and blocking roads, police said.";
    assert.deepEqual(
      processRecords(text, PUBLISHED).map((r) => r.actor1),
      ["Rioters (Nigeria)"],
    );
  });
});
