// Grouping, claims and response links on real report text. Sentences marked PLOVER are from the PLOVER
// gold standard records (Open Event Data Alliance, CC BY-SA 4.0, ../shared/eval/plover-gsr); the others are
// excerpts of the seed article (../shared/fixtures/seed-article.txt), and one marked WikiEvents is a short
// excerpt of a news report in the WikiEvents dev set (research use, ../shared/eval/wikievents, road_ied_12).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Doc } from "../../doc.js";
import { processText } from "../../process.js";
import { testEventLexicons } from "../../testing/test-resources.js";
import { findTriggers } from "./find-triggers.js";
import { groupMentions } from "./group-mentions.js";
import { readParseTree } from "./parse-tree.js";
import { EVENTS_SETTINGS } from "./settings.js";

function run(text: string, published = "2001-06-13"): Doc {
  const result = processText(text, { published });
  assert.ok("doc" in result);
  return result.doc;
}
const slice = (doc: Doc, span: { start: number; end: number }) => doc.text.slice(span.start, span.end);

describe("events: grouping", () => {
  it("two incidents on different days in one sentence stay two (PLOVER)", () => {
    const doc = run(
      "Up to 200 farmers demonstrated on Tuesday in Moldova, where 12 people were killed in ethnic riots last March, state radio said.",
    );
    const triggers = findTriggers(doc, testEventLexicons(), EVENTS_SETTINGS);
    const incidents = groupMentions(
      doc,
      readParseTree(doc),
      triggers.filter((m) => /demonstrated|riots/.test(slice(doc, m.span))),
      triggers,
      EVENTS_SETTINGS,
      testEventLexicons(),
    );
    assert.equal(incidents.length, 2);
    const starts = incidents.map((i) => String(i.date?.data?.start));
    assert.notEqual(starts[0], starts[1]);
    assert.ok(incidents.every((i) => /Tuesday|March/.test(slice(doc, i.date!))));
  });

  it("a generic sentence about recurring attacks is not an incident (PLOVER)", () => {
    const doc = run(
      "Recent US Reaper attacks, occurring about once every four days, have killed at least six senior Taliban commanders since last July, according to Pentagon sources.",
    );
    assert.equal(doc.events.length, 0);
  });

  it("a relative clause in the perfect that describes an actor is background, not an incident (seed)", () => {
    const doc = run(
      "The United States, along with other Western countries, has a small troop strength in Iraq to train and mentor the Iraqi military, which is still grappling with the remnants of the Islamic State force that has captured Mosul and other cities in 2014, but was defeated by the Americans.",
      "2021-06-28",
    );
    assert.deepEqual(doc.events, []);
  });

  it("a continuing sentence ('The attack sparked a fire ...') adds its injuries to the incident (seed)", () => {
    const doc = run(
      "Of particular concern was raised by a June 9 militia attack with drones loaded with explosives on a complex known as the Baghdad Diplomatic Service Center, near the Baghdad airport. The attack sparked a fire and a number of U.S. contractors and other staff were treated for smoke inhalation, State Department officials said at the time.",
      "2021-06-28",
    );
    assert.equal(doc.events.length, 1);
    const [attack] = doc.events;
    assert.deepEqual(attack.injuries?.value, { known: true, low: null, best: null, high: null });
    assert.equal(
      slice(doc, attack.injuries!.evidence[0]),
      "a number of U.S. contractors and other staff were treated for smoke inhalation",
    );
    assert.equal(attack.actor1?.value.name.startsWith("Unidentified Armed Group"), true);
  });

  it("civilians counted as the dead make the event civilian targeting, with Civilians (<country>) as actor 2 (PLOVER)", () => {
    const doc = run(
      "At least four Iraqi civilians were killed in a suicide car bombing at a market in Baghdad on Monday, Iraqi police said.",
    );
    assert.equal(doc.events.length, 1);
    const [bombing] = doc.events;
    assert.equal(bombing.actor2?.value.name, "Civilians (Iraq)");
    assert.equal(bombing.actor2?.value.inter, 7);
    assert.equal(slice(doc, bombing.actor2!.evidence[0]), "four Iraqi civilians");
    assert.equal(bombing.civilianTargeting?.value, "Civilian targeting");
  });

  it("a counted injury is a number; fatalities and injuries stay apart; a soldier is no civilian (PLOVER)", () => {
    const doc = run(
      "A roadside bomb outside the city of Tikrit on Monday killed a U.S. soldier and wounded two others near a checkpoint.",
    );
    assert.equal(doc.events.length, 1);
    assert.equal(doc.events[0].civilianTargeting, null);
    assert.equal(doc.events[0].fatalities.value.best, 1);
    assert.equal(doc.events[0].injuries?.value.best, 2);
  });
});

describe("events: claims", () => {
  it("an accusation of a violent deed is an attribution claim with the claimant and the accused (PLOVER)", () => {
    const doc = run(
      "Palestinians blamed Israel for the bombing of a farmhouse near the West Bank city of Jenin, which has set off new unrest.",
    );
    const [claim] = doc.claims ?? [];
    assert.equal(claim?.kind, "attribution");
    assert.equal(claim.claimant?.value, "Palestinians");
    assert.equal(claim.actor?.value.name, "Military Forces of Israel");
    assert.equal(slice(doc, claim.actor!.evidence[0]), "Israel");
  });

  it("an attribution is placed at the town the deed names, never at a demonym (seed)", () => {
    const doc = run(
      "The United States has accused the other targeted group, Kata’ib Sayyid al-Shuhada, of launching the February rocket at Erbil, and targeting Iraqi bases.",
      "2021-06-28",
    );
    const [claim] = doc.claims ?? [];
    assert.equal(claim?.kind, "attribution");
    assert.equal(claim.place?.value.location, "Erbil");
    const deedOnly = run(
      "The United States has accused Kata’ib Sayyid al-Shuhada of launching rockets at Iraqi bases.",
      "2021-06-28",
    );
    assert.equal(deedOnly.claims?.length, 1);
    assert.equal(deedOnly.claims![0].place, null, "a demonym is no place for the claim");
  });

  it("an accusation of something that is not an event is no claim (PLOVER)", () => {
    const doc = run(
      "The Kenyan foreign minister on Monday accused the United States of bad faith in the trade negotiations over coffee tariffs.",
    );
    assert.deepEqual(doc.claims, []);
  });

  it("a count of people before a verb is no tally (PLOVER)", () => {
    const doc = run(
      "Up to 200 farmers demonstrated on Tuesday in Moldova, where 12 people were killed in ethnic riots last March, state radio said.",
    );
    assert.deepEqual(
      (doc.claims ?? []).filter((c) => c.kind === "tally"),
      [],
    );
  });

  it("a count of people before 'killed in blasts' is no tally, and one figure told twice is no disagreement (WikiEvents)", () => {
    const doc = run(
      "7 militants killed in blasts in Afghanistan\n\nHELMAND, Afghanistan, Oct. 3 -- Seven Taliban fighters died in two accidental blasts in the southern Helmand province on Friday night, the provincial police said on Saturday.",
      "2019-10-03",
    );
    assert.ok(!(doc.claims ?? []).some((c) => c.count?.value.best === 7), "7 counts militants, not blasts");
    assert.deepEqual(
      (doc.claims ?? []).filter((c) => c.kind === "fatalities"),
      [],
    );
  });

  it("a count of protests is a tally, like a count of attacks; one protest is an incident", () => {
    const doc = run(
      "Activists said there had been at least 40 protests in Basra since July, the Iraqi News Agency reported.",
      "2018-09-08",
    );
    const tallies = (doc.claims ?? []).filter((c) => c.kind === "tally");
    assert.deepEqual(
      tallies.map((t) => t.count?.value.best),
      [40],
    );
    assert.equal(doc.events.length, 0, "a tally is not an incident");
    const one = run(
      "Hundreds of people joined a protest in Basra on Friday, the Iraqi News Agency reported.",
      "2018-09-08",
    );
    assert.equal(one.events.length, 1);
  });

  it("a tally's speaker is resolved through 'his tally, he added' to the sentence before (seed)", () => {
    const doc = run(
      "“There is a strong consensus within the US and Iraqi intelligence communities that Kata’ib Hezbollah is the primary operator of sophisticated drones,” said Michael Knights of the Washington Institute for Near East Policy.\n\nAccording to his tally, he added, there have been at least eight drone attacks directed against US forces in Iraq since April 14.",
      "2021-06-28",
    );
    assert.equal(doc.events.length, 0, "a tally is not an incident");
    const [tally] = doc.claims ?? [];
    assert.equal(tally?.kind, "tally");
    assert.equal(tally.claimant?.value, "Michael Knights");
    assert.equal(tally.claimant?.stated, false, "the link from the pronoun is inferred");
    assert.deepEqual(tally.count?.value, { low: 8, best: 8, high: null });
    assert.deepEqual([tally.period?.value.start, tally.period?.value.end], ["2021-04-14", "2021-06-28"]);
    assert.equal(
      slice(doc, tally.count!.evidence[0]),
      "at least eight drone attacks",
      "the count with what it counts (numbers stage COUNT span)",
    );
  });
});

describe("events: response links", () => {
  it("'in response to' links the strikes to the rocket attack they answer (seed)", () => {
    const doc = run(
      "In February, he ordered F-15E airstrikes in response to a rocket attack on the US coalition in Erbil, Iraq.",
      "2021-06-28",
    );
    const strikes = doc.events.findIndex((e) => e.subEventType.value === "Air/drone strike");
    const rocket = doc.events.findIndex((e) => e.subEventType.value === "Shelling/artillery/missile attack");
    assert.ok(strikes >= 0 && rocket >= 0);
    assert.deepEqual(doc.events[strikes].inResponseTo?.value, [rocket]);
    assert.equal(doc.events[rocket].inResponseTo, undefined, "the link has a direction");
  });

  it("no link without an event before the cue (PLOVER: a curfew is not an event)", () => {
    const doc = run(
      "The governor threatened to impose a curfew in the capital in response to recent unrest in its markets.",
    );
    for (const event of doc.events) assert.equal(event.inResponseTo, undefined);
  });

  it("'after' followed by a clause, not an event, links nothing (seed)", () => {
    const doc = run(
      "Mr Biden, after returning Sunday night to the White House from a weekend at Camp David, did not respond to questions shouted by reporters about the airstrikes.",
      "2021-06-28",
    );
    for (const event of doc.events) assert.equal(event.inResponseTo, undefined);
  });
});
