// One operation, one record (issue 18), on invented reports: a raid's arson told with "the gunmen" or
// "they", a retaking told "after clashes with" or "following heavy fighting", a follow-on act dated
// "hours later". The acts of one operation join; an answer to the other side's act, an act on another
// day and a shooting its arrests followed stay records of their own.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Doc, EventDraft } from "../../doc.js";
import { processDoc, showEvents } from "../../testing/process-doc.js";

const wordsOf = (doc: Doc, e: EventDraft) => e.eventType.evidence.map((s) => doc.text.slice(s.start, s.end));
const withWord = (doc: Doc, word: string) => doc.events.find((e) => wordsOf(doc, e).includes(word));

// Published Monday 2024-09-09: "Sunday" is 2024-09-08.
const CONGO = [
  "Rebels kill nine in raid on Congo village",
  "",
  "BENI, Congo, Sept 9 (Wire) - Rebels killed nine villagers in a night raid on a village in North Kivu province on Sunday, officials said.",
  "",
  "The gunmen, carrying machetes, set fire to dozens of huts in the village, a local chief told reporters.",
  "",
  "Hours later, Congolese soldiers retook the nearby town of Kamango after clashes with the rebels, the army said on Monday.",
].join("\n");

// Published Tuesday 2025-02-04: "Sunday" is 2025-02-02.
const MALI = [
  "Militants kill 12 in attack on Mali village",
  "",
  "BAMAKO, Feb 4 (Wire) - Militants killed 12 civilians in an attack on a village in central Mali on Sunday, local officials said.",
  "",
  "They stole cattle and torched granaries after the killings, a resident said.",
  "",
  "Minutes later, Malian soldiers recaptured a nearby army post following heavy fighting, a military source said on Monday.",
].join("\n");

// Published Tuesday 2025-06-10; Anka is a town of Zamfara state, Kano a city of another state.
const zamfara = (where: string) =>
  [
    "Gunmen kill 14 in Nigerian village raid",
    "",
    "GUSAU, Nigeria, June 10 (Wire) - Gunmen on motorcycles killed 14 villagers in an attack on a village in Zamfara state on Monday, police said.",
    "",
    `The attackers also torched shops and a clinic ${where}, a resident said.`,
  ].join("\n");

describe("events: acts of one operation are one record", () => {
  it("arson by 'the gunmen' (a phrasal trigger, a plural in -men) joins the raid just told", () => {
    const doc = processDoc(CONGO, "2024-09-09");
    const raid = withWord(doc, "killed nine villagers");
    assert.ok(raid && wordsOf(doc, raid).includes("set fire to"), showEvents(doc));
    assert.ok(!doc.events.some((e) => e.subEventType.value === "Looting/property destruction"), showEvents(doc));
  });

  it("a retaking 'after clashes with' the other side is one Battles record with the retaking side as actor1", () => {
    const doc = processDoc(CONGO, "2024-09-09");
    const retaking = withWord(doc, "retook");
    assert.ok(retaking && wordsOf(doc, retaking).includes("clashes"), showEvents(doc));
    assert.equal(retaking.subEventType.value, "Government regains territory");
    assert.match(retaking.actor1?.value.name ?? "", /Military Forces/);
    assert.deepEqual(retaking.inResponseTo?.value ?? [], []);
    assert.equal(doc.events.length, 2, showEvents(doc));
  });

  it("'following heavy fighting' is the recapture's own fighting, and 'after the killings' by 'they' is the attack's", () => {
    const doc = processDoc(MALI, "2025-02-04");
    const recapture = withWord(doc, "recaptured");
    assert.ok(recapture && wordsOf(doc, recapture).includes("fighting"), showEvents(doc));
    const attack = withWord(doc, "killed 12 civilians");
    assert.ok(attack && wordsOf(doc, attack).includes("torched"), showEvents(doc));
    assert.equal(doc.events.length, 2, showEvents(doc));
  });

  it("'hours later' and 'minutes later' date the act by the incident before, not by the day it was told", () => {
    assert.equal(withWord(processDoc(CONGO, "2024-09-09"), "retook")?.date?.value.start, "2024-09-08");
    assert.equal(withWord(processDoc(MALI, "2025-02-04"), "recaptured")?.date?.value.start, "2025-02-02");
  });

  it("'on the same day' after the act dates it by the incident before, with no later date to borrow", () => {
    const text = [
      "BAMAKO, Feb 4 (Wire) - Militants killed 12 civilians in an attack on a village in central Mali on Sunday, officials said.",
      "",
      "The army carried out air strikes on militant positions near Douentza on the same day, a military source said.",
      "",
      "The insurgency began in 2012 and has spread to neighbouring countries.",
    ].join("\n");
    const strikes = withWord(processDoc(text, "2025-02-04"), "air strikes");
    assert.equal(strikes?.date?.value.start, "2025-02-02");
  });

  it("'the attackers also torched' a town inside the province the attack was placed in joins it", () => {
    const doc = processDoc(zamfara("in Anka"), "2025-06-10");
    const attack = withWord(doc, "killed 14 villagers");
    assert.ok(attack && wordsOf(doc, attack).includes("torched"), showEvents(doc));
    // The headline's "village raid" is that attack too (join-lead-mention.ts), not a Battles record.
    assert.equal(doc.events.length, 1, showEvents(doc));
  });

  it("'torched the market after killing 12 traders' is one attack, typed by its gravest act", () => {
    const doc = processDoc(
      [
        "Separatists torch market in Cameroon town",
        "",
        "BAMENDA, Cameroon, Oct 2 (Wire) - Armed separatists torched the main market in the town of Bali on Tuesday after killing 12 traders, the regional governor said.",
      ].join("\n"),
      "2025-10-02",
    );
    assert.equal(doc.events.length, 1, showEvents(doc));
    assert.equal(doc.events[0].eventType.value, "Violence against civilians", showEvents(doc));
    assert.equal(doc.events[0].fatalities.value.best, 12);
    assert.deepEqual(doc.events[0].inResponseTo?.value ?? [], []);
  });

  it("'were killed after gunmen attacked' is the attack's toll, one record, not an answer to it", () => {
    const doc = processDoc(
      [
        "Gunmen kill five in Zambian village",
        "",
        "KABWE, Zambia, Mar 13 (Wire) - Five villagers were killed after gunmen attacked the village of Mukobeko on Tuesday, police said.",
      ].join("\n"),
      "2024-03-13",
    );
    assert.equal(doc.events.length, 1, showEvents(doc));
    assert.equal(doc.events[0].fatalities.value.best, 5, showEvents(doc));
    assert.deepEqual(doc.events[0].inResponseTo?.value ?? [], []);
  });

  describe("negative cases", () => {
    it("the same words in a town of another province stay a record of their own", () => {
      const doc = processDoc(zamfara("in the city of Kano"), "2025-06-10");
      const attack = withWord(doc, "killed 14 villagers");
      assert.ok(attack && !wordsOf(doc, attack).includes("torched"), showEvents(doc));
      assert.ok(withWord(doc, "torched"), showEvents(doc));
    });

    it("strikes after an attack by nobody named stay an answer to it, each its own record", () => {
      const doc = processDoc(
        [
          "Jets strike after rocket attack",
          "",
          "GAZA, Aug 12 (Wire) - Israeli jets struck targets in Gaza on Sunday after a rocket attack on the town of Sderot, the military said.",
        ].join("\n"),
        "2025-08-12",
      );
      const strike = withWord(doc, "jets struck");
      assert.ok(strike && (strike.inResponseTo?.value.length ?? 0) > 0, showEvents(doc));
      assert.ok(!wordsOf(doc, strike).includes("rocket attack"), showEvents(doc));
    });

    it("shops 'were looted after fighting' stay the looting: a passive act names no doers to share", () => {
      const doc = processDoc(
        "Dozens of shops were looted and burned down in the market town of Bunia after fighting on Sunday, a rights group said.",
        "2025-03-03",
      );
      const looting = withWord(doc, "looted");
      assert.ok(looting && !wordsOf(doc, looting).includes("fighting"), showEvents(doc));
      assert.equal(looting.subEventType.value, "Looting/property destruction");
    });

    it("an arrest after 'they opened fire' does not take in the shooting: the pronoun may be the arrested", () => {
      const doc = processDoc(
        [
          "Police arrest two after shooting in Kenyan town",
          "",
          "NAIROBI, July 3 (Wire) - Police arrested two men in the town of Garissa on Friday after they opened fire on a patrol, killing a bystander, officials said.",
        ].join("\n"),
        "2025-07-03",
      );
      const arrest = withWord(doc, "arrested");
      assert.ok(arrest && !wordsOf(doc, arrest).includes("opened fire"), showEvents(doc));
    });

    it("a capture 'days later' by the other side is not a moment of the shelling told before", () => {
      const doc = processDoc(
        [
          "Rebels attack army checkpoint in eastern Congo",
          "",
          "GOMA, Congo, May 6 (Wire) - Rebels attacked an army checkpoint near Rutshuru on Monday, killing four soldiers, the army said.",
          "",
          "Troops shelled rebel positions in the hills above Rutshuru on Tuesday, a military spokesman said.",
          "",
          "Days later, the rebels captured the town of Kiwanja after fighting with the army, residents said.",
        ].join("\n"),
        "2025-05-06",
      );
      const shelling = withWord(doc, "shelled");
      assert.ok(shelling && !wordsOf(doc, shelling).includes("captured the town"), showEvents(doc));
    });
  });
});
