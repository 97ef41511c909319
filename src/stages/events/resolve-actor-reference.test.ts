// Reference resolution for event arguments (issue 18), on invented sentences of a report's shape. The
// names are built here to the entities contract (an armed group as ACTOR inter 2, a state force as ACTOR
// inter 1, a person as PERSON), so the tests do not depend on which names the recogniser or the actor
// lists know; the parse and everything else come from the pipeline.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Doc, EntityData, EventDraft, LayerSpan, Span } from "../../doc.js";
import { processText } from "../../process.js";
import { testEventLexicons } from "../../testing/test-resources.js";
import { findEvents } from "./index.js";

const FRONT: EntityData = { name: "Northern Liberation Front", inter: 2, iso3: "MLI" };
const ARMY: EntityData = { name: "Military Forces of Mali", inter: 1, iso3: "MLI" };

type Named = { words: string; label: string; data: EntityData };

/** The pipeline's layers, with the named words as the given entities instead of what entities found there. */
function withNames(text: string, names: Named[]): Doc {
  const result = processText(text, { published: "2024-10-14" });
  assert.ok("doc" in result);
  const doc = result.doc;
  const spans: LayerSpan<"entities">[] = names.map(({ words, label, data }) => {
    const start = doc.text.indexOf(words);
    assert.ok(start >= 0, words);
    return { start, end: start + words.length, label, by: "test/name", data };
  });
  const others = (doc.layers.entities ?? []).filter((e) => !spans.some((s) => e.start < s.end && s.start < e.end));
  return { ...doc, layers: { ...doc.layers, entities: [...others, ...spans].sort((a, b) => a.start - b.start) } };
}

const front = { words: "Northern Liberation Front", label: "ACTOR", data: FRONT };
const words = (doc: Doc, spans: readonly Span[] = []) => spans.map((s) => doc.text.slice(s.start, s.end));
const violent = (doc: Doc): EventDraft[] =>
  findEvents(doc, testEventLexicons()).filter((e) => e.disorderType === "Political violence");

describe("events: an argument that points back stands for the actor named before", () => {
  it("a pronoun subject: 'it attacked' after a named group -> the group, citing both words", () => {
    const doc = withNames(
      "The Northern Liberation Front rejected the peace talks on Sunday. On Monday it attacked a police post near Gao, killing three officers.",
      [front],
    );
    const attack = violent(doc).find((e) => words(doc, [e.trigger])[0] === "attacked");
    assert.equal(attack?.actor1?.value.name, FRONT.name);
    assert.deepEqual(words(doc, attack?.actor1?.evidence), ["it", "Northern Liberation Front"]);
    assert.equal(attack?.actor1?.stated, false);
  });

  it("'the group' after a named group -> the group, not an unidentified armed group", () => {
    const doc = withNames(
      "The Northern Liberation Front has grown stronger this year. On Monday the group ambushed a convoy near Gao, killing five soldiers.",
      [front],
    );
    const ambush = violent(doc)[0];
    assert.equal(ambush?.actor1?.value.name, FRONT.name);
    assert.deepEqual(words(doc, ambush?.actor1?.evidence), ["the group", "Northern Liberation Front"]);
  });

  it("'it' after 'the group' after a named group -> the group, citing the description between", () => {
    const doc = withNames(
      "The Northern Liberation Front has grown stronger this year. On Monday the group said it attacked a police post near Gao, killing three officers.",
      [front],
    );
    const attack = violent(doc).find((e) => words(doc, [e.trigger])[0] === "attacked");
    assert.equal(attack?.actor1?.value.name, FRONT.name);
    assert.deepEqual(words(doc, attack?.actor1?.evidence), ["it", "the group", "Northern Liberation Front"]);
  });

  it("a plural 'they' after two named sides -> both sides of the clash", () => {
    const doc = withNames(
      "The Malian army and the Northern Liberation Front traded accusations on Sunday. On Monday they clashed near Gao, leaving six people dead.",
      [{ words: "Malian army", label: "ACTOR", data: ARMY }, front],
    );
    const clash = violent(doc).find((e) => e.eventType.value === "Battles");
    assert.ok(clash, "a battle");
    const sides = [clash.actor1?.value.name, clash.actor2?.value.name];
    assert.deepEqual(sides, [ARMY.name, FRONT.name]);
    assert.deepEqual(words(doc, clash.actor1?.evidence), ["they", "Malian army"]);
  });

  it("'he' whose antecedent is a named commander of a group -> the commander's group", () => {
    const doc = withNames(
      "Abu Karim, a commander of the Northern Liberation Front, was seen in Gao on Sunday. On Monday he attacked a police post near the town, killing three officers.",
      [{ words: "Abu Karim", label: "PERSON", data: {} }, front],
    );
    const attack = violent(doc)[0];
    assert.equal(attack?.actor1?.value.name, FRONT.name);
    assert.deepEqual(words(doc, attack?.actor1?.evidence), ["he", "Abu Karim", "Northern Liberation Front"]);
  });
});

describe("events: an argument that points back at nothing that agrees stays unresolved", () => {
  it("'he' after only an organisation is not the organisation", () => {
    const doc = withNames(
      "The Northern Liberation Front held a rally in Gao on Sunday. On Monday he attacked a police post near the town, killing three officers.",
      [front],
    );
    for (const event of violent(doc)) {
      assert.notEqual(event.actor1?.value.name, FRONT.name);
      assert.ok(!words(doc, event.actor1?.evidence).includes("he"));
    }
  });

  it("'it' with no organisation or state named before names no actor", () => {
    const doc = withNames(
      "Heavy rain fell on Gao on Sunday, and the market stayed closed. On Monday it was attacked by unknown assailants who killed two traders.",
      [],
    );
    for (const event of violent(doc)) assert.ok(!words(doc, event.actor2?.evidence).includes("it"));
  });

  it("'they' after a nearer subject that is no name ('residents said they') is not a group named before", () => {
    const doc = withNames(
      "The Northern Liberation Front was blamed for a raid last week. On Monday residents said they were attacked near Gao by gunmen who killed two traders.",
      [front],
    );
    for (const event of violent(doc)) {
      assert.notEqual(event.actor2?.value.name, FRONT.name);
      assert.ok(!words(doc, event.actor2?.evidence).includes("they"));
    }
  });

  it("'Residents said they' opening a sentence, which the recogniser may take for a person's name, still blocks", () => {
    const doc = withNames(
      "The Northern Liberation Front was blamed for a raid last week. Residents said they were attacked near Gao by gunmen who killed two traders.",
      [front],
    );
    for (const event of violent(doc)) {
      assert.notEqual(event.actor2?.value.name, FRONT.name);
      assert.ok(!words(doc, event.actor2?.evidence).includes("they"));
    }
  });

  it("'the militants' after only a state force is not the state force", () => {
    const doc = withNames(
      "The Malian army reinforced its base in Gao on Sunday. On Monday the militants attacked the base, killing four soldiers.",
      [{ words: "Malian army", label: "ACTOR", data: ARMY }],
    );
    const attack = violent(doc)[0];
    assert.notEqual(attack?.actor1?.value.name, ARMY.name);
  });
});
