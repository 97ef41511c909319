// A generic trigger ("attacked", "stormed", "killed") is typed by what it hit and who did it
// (classify-event.ts): a nationality word used as a noun is people, a place of worship is civilian, and
// armed attackers as the subject make a storming violence whatever its target. Invented reports.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processRecords } from "../../testing/process-doc.js";

const PUBLISHED = "2021-06-28";
const typesOf = (text: string) => processRecords(text, PUBLISHED).map((r) => `${r.event_type} / ${r.sub_event_type}`);
const ATTACK = "Violence against civilians / Attack";

describe("events: generic triggers typed by their target and attacker", () => {
  it('"killed a Somali near the port": a nationality word ending its noun phrase is a victim', () => {
    assert.deepEqual(typesOf("Soldiers killed a Somali near the port of Kismayo on Friday, relatives said."), [ATTACK]);
  });

  it('"shot two Afghans at the border": a plural nationality word after a count is a victim', () => {
    assert.deepEqual(typesOf("Border guards shot two Afghans at the Islam Qala crossing on Friday."), [ATTACK]);
  });

  it('"stormed a church during mass": a church is a civilian target', () => {
    assert.deepEqual(typesOf("Armed men stormed a church in Kaduna during evening mass on Sunday."), [ATTACK]);
  });

  it('"armed men stormed a bank": armed attackers as the verb\'s subject, no armed target, make an attack', () => {
    assert.deepEqual(typesOf("Armed men on motorcycles stormed a bank in Maiduguri on Sunday."), [ATTACK]);
  });
});

describe("events: generic triggers that are no incident", () => {
  it('"attacked the Syrian proposal": a nationality word before its noun names no people', () => {
    assert.deepEqual(typesOf("The minister attacked the Syrian proposal in parliament on Monday."), []);
  });

  it('"rebels struck a deal": struck with an armed subject is no attack', () => {
    assert.deepEqual(typesOf("Rebels struck a deal with the government in Khartoum on Sunday."), []);
  });
});
