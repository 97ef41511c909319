// Reports with no political violence give no conflict event (issue 18): an op-ed, a market report, an
// ordinary crime, a verdict on an old attack, the notice of a planned march. Invented reports of those shapes
// through the real pipeline (processText); the negative cases keep the political violence beside them.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Doc } from "../../doc.js";
import { processDoc, triggerWordsOf } from "../../testing/process-doc.js";

const run = (text: string): Doc => processDoc(text, "2021-06-28");

const triggersOf = triggerWordsOf;

// Six sentences or more each: a shorter snippet shows no register (settings.registerMinSentences).
const OP_ED = [
  "The cabinet is losing its war on inflation.",
  "The government risks street battles in the capital if it presses ahead with the fuel tax.",
  "Ministers have picked a quarrel with the unions they cannot win.",
  "Every budget since 2010 has squeezed the poor a little harder.",
  "A wiser cabinet would sit down with the unions before the vote.",
  "Voters will punish the party that raises prices again.",
].join(" ");
const MARKET_REPORT = [
  "European markets rallied on Tuesday after the central bank held its rates.",
  "The euro fell to its lowest level against the dollar in a month.",
  "Frankfurt shares closed 2 percent higher, led by carmakers.",
  "The Paris index gained 1.5 percent.",
  "Bond yields slipped to their lowest level since March.",
  "Dealers expect the currency to stay under pressure until the summer.",
].join(" ");
const CRIME_REPORT = [
  "A novelist was murdered at her home in the city on Sunday, police said.",
  "A man who had once been engaged to her stabbed her three times and wounded her husband.",
  "Police arrested a 30-year-old man on Monday.",
  "He was charged with murder.",
  "The novelist had written six books.",
  "Her funeral will be held on Friday.",
].join(" ");
const VERDICT = [
  "A court on Monday sentenced three men to life in prison for the 2019 bombing of a bus station in the capital.",
  "The judge said the device had killed twelve people.",
  "Their lawyers said they would appeal.",
  "Relatives of the passengers wept as the verdict was read.",
  "Prosecutors said a fourth man was still at large.",
  "The trial lasted eight months.",
].join(" ");
const PLANNED_MARCH = [
  "Unions have called a march through the capital on Saturday against the pension reform.",
  "On the day of the march, the metro will run a reduced service.",
  "Organisers said the march would start at noon.",
  "The union leader will speak at the end of the march.",
  "Shops along the route said they would close early.",
  "The government has said it will not withdraw the reform.",
].join(" ");

const TREATY_REPORT = [
  "The two governments signed an accord on Monday to legalise the status of seasonal workers.",
  "The foreign ministers met in the capital.",
  "The ambassador hosted a dinner on Monday.",
  "The two countries have had tense relations this year.",
  "Talks on a new trade treaty are expected to resume next month.",
  "Both sides agreed to keep their embassies open.",
].join(" ");
const MOTOR_RACE = [
  "Juha Kankkunen opened up a 37-second lead after six stages of the Lakes Rally on Saturday.",
  "He drove a Toyota and was faster on every gravel stage.",
  "His team-mate crashed on the fourth stage and withdrew from the event.",
  "The event ends on Sunday afternoon.",
  "The winner will lead the championship.",
  "The next round is in Italy.",
].join(" ");
const ABUSE_ARREST = [
  "Dutch police said on Friday they had arrested a teacher suspected of sexually abusing three pupils.",
  "The 52-year-old was detained at his home in Utrecht on Thursday.",
  "Officers seized computers and photographs.",
  "Parents were told at a meeting on Friday evening.",
  "The school has suspended him.",
  "He will appear before a judge on Monday.",
].join(" ");
describe("events: reports with no political violence", () => {
  it("an op-ed's risked battles and war on inflation are no incident", () => {
    assert.deepEqual(triggersOf(run(OP_ED)), []);
  });

  it("a market report's rally and fall are the market's", () => {
    assert.deepEqual(triggersOf(run(MARKET_REPORT)), []);
  });

  it("an ordinary murder with no political actor or motive is a crime, not political violence", () => {
    assert.deepEqual(triggersOf(run(CRIME_REPORT)), []);
  });

  it("a verdict on an old bombing is no new bombing", () => {
    assert.deepEqual(triggersOf(run(VERDICT)), []);
  });

  it("the day of a planned march is no march that happened", () => {
    assert.deepEqual(triggersOf(run(PLANNED_MARCH)), []);
  });

  it("a treaty of ordinary diplomacy is no agreement between parties to a conflict", () => {
    assert.deepEqual(triggersOf(run(TREATY_REPORT)), []);
  });

  it("an arrest for sexual abuse is police enforcement, not a political arrest", () => {
    assert.deepEqual(triggersOf(run(ABUSE_ARREST)), []);
  });

  it("a race named a rally is no protest", () => {
    assert.deepEqual(triggersOf(run(MOTOR_RACE)), []);
  });

  describe("negative cases", () => {
    it("a rally of a crowd in a report of a race is still a protest", () => {
      const doc = run(`Thousands of farmers rallied outside parliament on Friday to demand aid. ${MOTOR_RACE}`);
      assert.ok(triggersOf(doc).includes("rallied"), triggersOf(doc).join());
    });

    it("a ceasefire agreed in a report with no conflict evidence is still an agreement", () => {
      const doc = run(`The two factions agreed a ceasefire in the north on Monday. ${TREATY_REPORT}`);
      assert.ok(
        triggersOf(doc).some((t) => t.includes("ceasefire")),
        triggersOf(doc).join(),
      );
    });

    it("the state's forces shooting robbery suspects is coded whatever the victims did", () => {
      const doc = run(
        CRIME_REPORT.replace(
          "A man who had once been engaged to her stabbed her three times and wounded her husband.",
          "Police shot two robbery suspects at a market on Tuesday.",
        ),
      );
      assert.ok(triggersOf(doc).includes("shot"), triggersOf(doc).join());
    });

    it("gunmen who raid a village and steal cattle are an armed group, not robbers", () => {
      const doc = run(
        "Gunmen attacked the village of Kafur on Saturday, killing nine people. The attackers also stole cattle before fleeing.",
      );
      assert.ok(triggersOf(doc).includes("attacked"), triggersOf(doc).join());
    });

    it("a march that took place in a report of plans still comes out", () => {
      const doc = run(
        `${PLANNED_MARCH} On Thursday, thousands of nurses marched through the city to demand higher pay.`,
      );
      assert.ok(triggersOf(doc).includes("marched"), triggersOf(doc).join());
    });

    it("an arrest for a recent attack is not a verdict: the attack stays", () => {
      const doc = run(
        "Police arrested two men on Monday over the bombing of a bus station in the capital on Saturday.",
      );
      assert.ok(triggersOf(doc).includes("bombing"), triggersOf(doc).join());
    });

    it("an arrest for spying is political, though the spy stole papers", () => {
      const doc = run(
        ABUSE_ARREST.replace(
          "a teacher suspected of sexually abusing three pupils",
          "a clerk suspected of spying who stole defence papers",
        ),
      );
      assert.ok(
        doc.events.some((e) => e.subEventType.value === "Arrests"),
        triggersOf(doc).join(),
      );
    });

    it("traders who riot are still a riot in a market report", () => {
      const doc = run(`${MARKET_REPORT} Hundreds of traders clashed with police outside the exchange on Tuesday.`);
      assert.ok(triggersOf(doc).includes("clashed"), triggersOf(doc).join());
    });
  });
});
