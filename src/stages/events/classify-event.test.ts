// Short report sentences of each ACLED type, paraphrased from public news reports (no gold data), and
// negative cases that must give no political-violence event.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processText } from "../../process.js";
import { testEventLexicons } from "../../testing/test-resources.js";
import { classifyPloverText } from "./classify-plover.js";
import { findTriggers } from "./find-triggers.js";
import { isOccurrence } from "./is-occurrence.js";
import { EVENTS_SETTINGS } from "./settings.js";

/** The first trigger that reports an occurrence (typing only: grouping into incidents is tested elsewhere). */
function leadSubType(text: string): string | null {
  const result = processText(text);
  assert.ok("doc" in result);
  const doc = result.doc;
  return (
    findTriggers(doc, testEventLexicons(), EVENTS_SETTINGS).find((m) => isOccurrence(doc, m, EVENTS_SETTINGS))
      ?.subEventType ?? null
  );
}

describe("events typing: ACLED sub-event types from context", () => {
  const cases: [string, string][] = [
    ["Government warplanes struck a market in the town on Monday, killing 12 people.", "Air/drone strike"],
    ["Militants fired rockets at the airport late on Sunday.", "Shelling/artillery/missile attack"],
    ["The group said it fired a barrage of rockets at an army base on Sunday.", "Shelling/artillery/missile attack"],
    ["Militants launched more than 20 missiles at the port on Sunday.", "Shelling/artillery/missile attack"],
    ["A roadside bomb exploded next to a police vehicle in the city on Tuesday.", "Remote explosive/landmine/IED"],
    ["A suicide bomber blew himself up at a checkpoint outside the city.", "Suicide bomb"],
    ["Two suicide bombers killed at least nine shoppers near a bus depot.", "Suicide bomb"],
    ["Unknown attackers hurled a grenade at a police station on Friday.", "Grenade"],
    ["Government forces clashed with rebels near the border on Wednesday.", "Armed clash"],
    ["Taliban fighters attacked a checkpoint in the province, killing 12 soldiers.", "Armed clash"],
    ["Gunmen attacked villagers in the district overnight, local officials said.", "Attack"],
    ["Armed men abducted 20 students from a school in the state.", "Abduction/forced disappearance"],
    ["Thousands of people marched peacefully through the capital to demand new elections.", "Peaceful protest"],
    ["Police fired tear gas to disperse hundreds of protesters in the capital.", "Protest with intervention"],
    ["Security forces opened fire on protesters, killing three of them.", "Excessive force against protesters"],
    ["Protesters torched cars and threw stones at police in the city centre.", "Violent demonstration"],
    ["Police arrested 15 opposition activists ahead of the rally.", "Arrests"],
    ["Police detained dozens of activists during a protest against the new law.", "Protest with intervention"],
    ["Suicide bombers targeted a funeral in the north of the country on Wednesday.", "Suicide bomb"],
    ["Residents were choking and had blurred vision after rebels fired shells into the town.", "Chemical weapon"],
    ["The army regained control of the town after a week of fighting.", "Government regains territory"],
    [
      "Islamic State militants seized control of the border crossing on Thursday.",
      "Non-state actor overtakes territory",
    ],
    [
      "Troops withdrew from the village, and the militants took control of it without resistance.",
      "Non-violent transfer of territory",
    ],
    ["Turkish troops set up a new observation post near the river.", "Headquarters or base established"],
    ["Bomb disposal experts defused an explosive device found near the bridge.", "Disrupted weapons use"],
    // Air defence that downs drones or missiles stops their use (ACLED Codebook 2023, "Disrupted weapons use").
    ["Air defence units downed 14 drones over the region overnight.", "Disrupted weapons use"],
    ["Nine drones were downed near the airport on Friday.", "Disrupted weapons use"],
    // A site an accident report names is a target when a weapon is launched at it.
    ["Drones struck a fuel storage site in the port city overnight, starting a large fire.", "Air/drone strike"],
    ["A missile hit a power plant outside the capital on Sunday.", "Shelling/artillery/missile attack"],
  ];
  for (const [text, expected] of cases) {
    it(`"${text}" → ${expected}`, () => assert.equal(leadSubType(text), expected));
  }
});

describe("events typing: negative cases (no political-violence event)", () => {
  const negatives = [
    "Iran held a presidential election on Friday, and turnout was low.",
    "Diplomats resumed talks in Vienna on reviving the nuclear agreement.",
    "A gas cylinder exploded in a restaurant kitchen, injuring four people.",
    "An explosion at a chemical plant outside the city killed five workers on Monday.",
    "Police arrested two men suspected of smuggling cocaine through the port.",
    "A magnitude 6 earthquake struck the region, flattening hundreds of homes.",
    "The group claimed responsibility for the bombing in a statement on Sunday.",
    "Critics say the old harbour town has been overrun with tourists and souvenir stalls.",
    // A wild animal's killing is no one's violence; a plane that exploded while crashing was an accident.
    "In the past two months elephants have killed three people in remote villages near the park.",
    "The airliner exploded in a fireball last month, crashing into the sea off the coast.",
  ];
  for (const text of negatives) {
    it(`"${text}" → no event`, () => assert.equal(leadSubType(text), null));
  }
});

describe("events typing: CAMEO and PLOVER codes", () => {
  it("an air strike is CAMEO 195, PLOVER ASSAULT with mode heavy-weapons", () => {
    const result = processText("US warplanes carried out airstrikes on militia facilities on Sunday.");
    assert.ok("doc" in result);
    const mention = findTriggers(result.doc, testEventLexicons(), EVENTS_SETTINGS).find(
      (m) => m.subEventType === "Air/drone strike",
    );
    assert.deepEqual([mention?.cameo, mention?.plover, mention?.ploverMode], ["195", "ASSAULT", "heavy-weapons"]);
  });
  it("the earliest verb cue types a sentence: a threat to attack is THREATEN, talks are CONSULT", () => {
    assert.equal(
      classifyPloverText("The rebels threatened to attack the capital.", testEventLexicons())?.plover,
      "THREATEN",
    );
    assert.equal(
      classifyPloverText("The two ministers held talks in Geneva on Monday.", testEventLexicons())?.plover,
      "CONSULT",
    );
    assert.equal(classifyPloverText("The weather was fine.", testEventLexicons()), null);
  });
});
