// What is not an incident (issue 18), one test per kind, on invented reports through the real pipeline
// (processText): a total over a period, a planned or future attack, a conditional, a sports report. Most
// reports also tell of one real past attack, which must still come out.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Doc } from "../../doc.js";
import { processDoc, triggerWordsOf } from "../../testing/process-doc.js";

const run = (text: string): Doc => processDoc(text, "2021-06-28");

const triggersOf = triggerWordsOf;

// Six sentences or more: a shorter snippet shows no register (settings.registerMinSentences).
const SPORTS = [
  "Rovers regained their place at the top of the table on Saturday.",
  "Their striker fought for every ball and hit the post twice in the second half.",
  "Smith withdrew from the squad on Friday with a knee injury.",
  "The manager said the team had deserved the win.",
  "The next game is at home against the league leaders.",
  "Tickets are still on sale at the club shop.",
].join(" ");
const PAST_ATTACK = "On Sunday, gunmen attacked a police post near Kaduna, killing four officers.";

describe("events: what is not an incident", () => {
  it("a total over several years is a tally claim, not an incident; the past attack stays", () => {
    const doc = run(
      `${PAST_ATTACK} A rights group said between 120 and 300 farmers were killed in the valley over six years.`,
    );
    assert.deepEqual(triggersOf(doc), ["attacked"]);
    const tallies = (doc.claims ?? []).filter((c) => c.kind === "tally");
    assert.equal(tallies.length, 1);
    assert.equal(doc.text.slice(tallies[0].trigger.start, tallies[0].trigger.end), "killed");
    assert.equal(tallies[0].count, null);
  });

  it('"since 2015" and "so far this year" are totals too', () => {
    const doc = run(
      `${PAST_ATTACK} About 400 people have been killed in the state since 2015. So far this year, at least 90 people have been shot in the city.`,
    );
    assert.deepEqual(triggersOf(doc), ["attacked"]);
    assert.equal((doc.claims ?? []).filter((c) => c.kind === "tally").length, 2);
  });

  it('a state that goes on "since" a time ("has been fighting an insurgency since 2015") is not an incident', () => {
    const doc = run(
      `${PAST_ATTACK} The country has been fighting an insurgency since 2015. Protests have continued since June.`,
    );
    assert.deepEqual(triggersOf(doc), ["attacked"]);
  });

  it('a period "for three weeks" of a perfect progressive ("have been protesting") is not an incident', () => {
    const doc = run(`${PAST_ATTACK} Students have been protesting for three weeks over fees.`);
    assert.deepEqual(triggersOf(doc), ["attacked"]);
  });

  it('a war-scale count in the perfect over "the war" is its total ("40,000 people have been killed")', () => {
    const doc = run(
      `${PAST_ATTACK} Officials estimate more than 40,000 people have been killed in the war between the army and the rebels.`,
    );
    assert.deepEqual(triggersOf(doc), ["attacked"]);
  });

  it("negative: a small count in the perfect over the violence is still the day's toll", () => {
    const doc = run("Five police officers have been killed in the violence in Kaduna, officials said on Monday.");
    assert.deepEqual(triggersOf(doc), ["killed"]);
  });

  it("a planned or future attack is not an incident; the past attack stays", () => {
    const doc = run(
      `${PAST_ATTACK} The militia commander vowed to continue shelling government positions in the hills. He said his fighters will attack the capital next.`,
    );
    assert.deepEqual(triggersOf(doc), ["attacked"]);
  });

  it("a conditional attack is not an incident; the past attack stays", () => {
    const doc = run(`${PAST_ATTACK} If the talks collapse, the rebels could be ordered to resume shelling the town.`);
    assert.deepEqual(triggersOf(doc), ["attacked"]);
  });

  it('"similar raids" and "frequently attacks" are a habit, not an incident; the past attack stays', () => {
    const doc = run(
      `${PAST_ATTACK} Bandits have staged similar raids on villages across the north-west. The gang frequently attacks farms in the area.`,
    );
    assert.deepEqual(triggersOf(doc), ["attacked"]);
  });

  it("a sports report gives no event from its metaphors (no weapon, casualty or armed actor anywhere)", () => {
    const doc = run(SPORTS);
    assert.deepEqual(triggersOf(doc), []);
  });

  it("a short match report, told by its score, gives no event from its metaphors", () => {
    const doc = run(
      "Wanderers stormed back after the interval to beat Rovers 2-1 on Sunday. Their forwards kept up a relentless assault on the visitors' goal, and the coach praised the fighting spirit of his young side.",
    );
    assert.deepEqual(triggersOf(doc), []);
  });

  it("a plan dated after publication is not an incident; the past attack stays", () => {
    const doc = run(`${PAST_ATTACK} The state governor plans to send reinforcements to the district next month.`);
    assert.deepEqual(triggersOf(doc), ["attacked"]);
  });

  it("a protest a group plans ('the unions plan another march on Sunday') is not an incident", () => {
    const doc = run(`${PAST_ATTACK} Nurses' unions plan another march on Sunday.`);
    assert.deepEqual(triggersOf(doc), ["attacked"]);
  });

  describe("negative cases", () => {
    it("a fight among fans in a short match report still comes out", () => {
      const doc = run(
        "Rovers lost 2-1 at home on Sunday. After the final whistle, hundreds of supporters clashed with riot police outside the stadium.",
      );
      assert.deepEqual(triggersOf(doc), ["clashed"]);
    });

    it("a score in a conflict snippet does not make it a match report", () => {
      const doc = run("Rebels won control of the town after a 3-2 vote in their council, then attacked an army post.");
      assert.ok(triggersOf(doc).includes("attacked"), triggersOf(doc).join());
    });

    it("a report with a real attack in it keeps that attack", () => {
      assert.ok(triggersOf(run(`${PAST_ATTACK} ${SPORTS}`)).includes("attacked"));
    });

    it("a protest in a report with no conflict evidence still comes out when it names its crowd", () => {
      const doc = run(
        `Thousands of nurses rallied outside the health ministry on Friday to demand higher pay. ${SPORTS}`,
      );
      assert.ok(triggersOf(doc).includes("rallied"));
    });

    it("an attack that merely follows another is not a habit: both stay", () => {
      const doc = run(`${PAST_ATTACK} On Monday, bandits raided a farm near Zaria, killing two herders.`);
      assert.equal(doc.events.length, 2, triggersOf(doc).join());
    });

    it('"last week" is a date, not a period: the killing is an incident', () => {
      const doc = run("Gunmen killed six villagers near Kaduna last week, police said.");
      assert.equal(doc.events.length, 1);
    });
  });
});
