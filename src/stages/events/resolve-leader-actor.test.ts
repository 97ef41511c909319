// Leaders and pronouns as actors, on seed article excerpts (../shared/fixtures/seed-article.txt) and two
// sentences of news reports in the WikiEvents dev set (research use, ../shared/eval/wikievents). The
// leader spans are built here to the entities contract (ACTOR, data {name, iso3, inter, person?,
// institution?}), so these tests do not depend on which leaders the entities lexicon lists.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Doc, EntityData, LayerSpan, Span } from "../../doc.js";
import { processText } from "../../process.js";
import { testEventLexicons } from "../../testing/test-resources.js";
import { findEvents } from "./index.js";

const FEBRUARY =
  "The action was President Biden’s second use of force in the region. In February, he ordered F-15E airstrikes in response to a rocket attack on the US coalition in Erbil, Iraq.";
const MARCH_2020 =
  "Mr. Knights noted that the Trump administration carried out airstrikes on militia rocket storage and testing facilities in March 2020.";

/** The pipeline's layers, with the words `leaders` names as leader ACTOR spans (or `label`) instead of what entities found there. */
function withLeaders(text: string, leaders: Record<string, EntityData>, label = "ACTOR"): Doc {
  const result = processText(text, { published: "2021-06-28" });
  assert.ok("doc" in result);
  const doc = result.doc;
  const spans: LayerSpan<"entities">[] = Object.entries(leaders).map(([words, data]) => {
    const start = doc.text.indexOf(words);
    assert.ok(start >= 0, words);
    return { start, end: start + words.length, label, by: "test/leader", data };
  });
  const others = (doc.layers.entities ?? []).filter((e) => !spans.some((s) => e.start < s.end && s.start < e.end));
  return { ...doc, layers: { ...doc.layers, entities: [...others, ...spans].sort((a, b) => a.start - b.start) } };
}

const BIDEN = {
  name: "Government of the United States",
  iso3: "USA",
  inter: 1,
  person: "Joe Biden",
  office: "president",
};
const slice = (doc: Doc, s: Span) => doc.text.slice(s.start, s.end);

describe("events: leaders and pronouns as actors", () => {
  it("'he ordered F-15E airstrikes' after 'President Biden' -> Military Forces of the United States, pronoun and name as evidence", () => {
    const doc = withLeaders(FEBRUARY, { Biden: BIDEN });
    const strike = findEvents(doc, testEventLexicons()).find((e) => e.subEventType.value === "Air/drone strike");
    assert.equal(strike?.actor1?.value.name, "Military Forces of the United States");
    assert.equal(strike?.actor1?.value.inter, 1);
    assert.deepEqual(
      strike?.actor1?.evidence.map((s) => slice(doc, s)),
      ["he", "Biden"],
    );
    assert.equal(strike?.actor1?.stated, false);
  });

  it("'the Trump administration carried out airstrikes' -> Military Forces of the United States", () => {
    const doc = withLeaders(MARCH_2020, {
      "Trump administration": { ...BIDEN, person: "Donald Trump", institution: "administration" },
    });
    const strike = findEvents(doc, testEventLexicons()).find((e) => e.subEventType.value === "Air/drone strike");
    assert.equal(strike?.actor1?.value.name, "Military Forces of the United States");
    assert.equal(slice(doc, strike!.actor1!.evidence[0]), "Trump administration");
  });

  it("negative: a pronoun is the subject of the first trigger after it, not of 'a rocket attack' further on", () => {
    const doc = withLeaders(FEBRUARY, { Biden: BIDEN });
    const rocket = findEvents(doc, testEventLexicons()).find(
      (e) => e.subEventType.value === "Shelling/artillery/missile attack",
    );
    assert.ok(rocket);
    assert.equal(rocket.actor1, null);
  });

  it("negative: a person with no country in the text or lexicon is no actor", () => {
    const doc = withLeaders(FEBRUARY, { Biden: { name: "Biden", role: "president" } }, "PERSON");
    const strike = findEvents(doc, testEventLexicons()).find((e) => e.subEventType.value === "Air/drone strike");
    assert.ok(strike);
    assert.equal(strike.actor1, null);
  });

  it("negative: a person named three sentences before the pronoun is too far back", () => {
    const text = `President Biden spoke on Sunday. The Pentagon said little. Reporters waited outside. ${FEBRUARY.split(". ")[1]}`;
    const doc = withLeaders(text, { Biden: BIDEN });
    const strike = findEvents(doc, testEventLexicons()).find((e) => e.subEventType.value === "Air/drone strike");
    assert.equal(strike?.actor1 ?? null, null);
  });

  it("negative: 'he said' or 'Biden said' introduces what someone else did", () => {
    for (const text of [
      "President Biden spoke on Sunday. He said a rocket attack on the US coalition in Erbil, Iraq, would be answered.",
      "President Biden said a rocket attack on the US coalition in Erbil, Iraq, would be answered.",
    ]) {
      const doc = withLeaders(text, { Biden: BIDEN });
      const rocket = findEvents(doc, testEventLexicons()).find(
        (e) => e.subEventType.value === "Shelling/artillery/missile attack",
      );
      assert.ok(rocket, text);
      assert.equal(rocket.actor1, null, text);
    }
  });

  it("'Maduro survived an attack': the leader is the one attacked, actor 2, as the government (WikiEvents)", () => {
    const text =
      "President Nicolas Maduro of Venezuela survived an attack on his life during an army ceremony in the capital, Caracas, on Saturday.";
    const doc = withLeaders(text, {
      "Nicolas Maduro": {
        name: "Government of Venezuela",
        iso3: "VEN",
        inter: 1,
        person: "Nicolás Maduro",
        office: "president",
      },
    });
    const attack = findEvents(doc, testEventLexicons())[0];
    assert.ok(attack);
    assert.notEqual(attack.actor1?.value.name, "Military Forces of Venezuela");
    assert.equal(attack.actor2?.value.name, "Government of Venezuela");
  });

  it("negative: 'Emmanuel Macron called the explosion an attack' does not make France the attacker (WikiEvents)", () => {
    const text = "On Sunday the French leader, Emmanuel Macron, described the explosion as an “attack”.";
    const doc = withLeaders(text, {
      "Emmanuel Macron": {
        name: "Government of France",
        iso3: "FRA",
        inter: 1,
        person: "Emmanuel Macron",
        office: "president",
      },
    });
    const events = findEvents(doc, testEventLexicons());
    assert.ok(events.length > 0, "the explosion is an event");
    assert.ok(events.every((e) => e.actor1?.value.country !== "FRA"));
  });

  it("negative: 'the Biden administration' is no antecedent of 'he'", () => {
    const text = `The Biden administration weighed its options. In February, he ordered F-15E airstrikes in Syria.`;
    const doc = withLeaders(text, { "Biden administration": { ...BIDEN, institution: "administration" } });
    const strike = findEvents(doc, testEventLexicons()).find((e) => e.subEventType.value === "Air/drone strike");
    assert.equal(strike?.actor1 ?? null, null);
  });
});
