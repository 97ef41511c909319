// A conflict verb or noun in another sense, read from its arguments (issue 18): a protest voiced, a skill
// demonstrated, crime fought, a rival blasted. Invented sentences through the real pipeline (processText);
// each negative case keeps the conflict event of the same verb beside it.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processDoc, triggerWordsOf } from "../../testing/process-doc.js";

const triggersOf = (text: string): string[] => triggerWordsOf(processDoc(text, "2021-06-28"));

describe("events: a protest voiced is a statement", () => {
  it("a protest that is the object of a verb of expressing is no demonstration", () => {
    const text = "Church groups have also voiced protest because the minister invited the singer to the festival.";
    assert.deepEqual(triggersOf(text), []);
  });

  it("people who staged a protest in a town stay a demonstration", () => {
    const text = "Hundreds of farmers staged a protest in the town of Mysore on Monday against the new water tax.";
    assert.ok(triggersOf(text).includes("protest"));
  });
});

describe("events: demonstrating something is showing it", () => {
  it("demonstrate with a direct object is no protest", () => {
    const text = "The young bowler demonstrated his uncle's old skill on Tuesday in his first match for the county.";
    assert.deepEqual(triggersOf(text), []);
  });

  it("people who demonstrated against a law stay a protest", () => {
    const text = "Thousands of students demonstrated in the capital Dhaka on Tuesday against the new exam law.";
    assert.ok(triggersOf(text).includes("demonstrated"));
  });
});

describe("events: fighting a mass noun is no battle", () => {
  it("fighting crime is no armed clash", () => {
    const text =
      "The two ministers agreed on Friday to share police records in fighting organised crime across the border.";
    assert.deepEqual(triggersOf(text), []);
  });

  it("fighting crime after a clause the tagger reads as a compound is no armed clash", () => {
    const text = "We praise the fine work that Governor Lentz has done in fighting crime and gun violence.";
    assert.deepEqual(triggersOf(text), []);
  });

  it("fighting rebels stays an armed clash", () => {
    const text = "Government troops were fighting rebels near the town of Goma on Friday, residents said.";
    assert.ok(triggersOf(text).includes("fighting"));
  });

  it("fighting for a bare mass noun (a cause pleaded) is no armed clash", () => {
    const text = "The late bishop fought for justice and land rights for sixty years, his order said on Monday.";
    assert.deepEqual(triggersOf(text), []);
  });

  it("a relative clause that fought for a mass noun is no armed clash either", () => {
    const text = "Mourners remembered the poet, a refugee who fought for freedom all her life, on Sunday.";
    assert.deepEqual(triggersOf(text), []);
  });

  it("fighters fighting for a cause who attacked a post keep their incident", () => {
    const text = "Militiamen fighting for independence attacked an army post near Kidal on Sunday.";
    assert.ok(triggersOf(text).length > 0);
  });

  it("fighting for control of a town stays an armed clash", () => {
    const text = "Rebels and troops fought for control of the town of Goma on Friday, residents said.";
    assert.ok(triggersOf(text).includes("fought"));
  });

  it("fighting for hours with troops stays an armed clash", () => {
    const text = "Rebels fought for hours with troops near the town of Goma on Friday, residents said.";
    assert.ok(triggersOf(text).includes("fought"));
  });

  it("fighting that opens the sentence is its subject, and stays", () => {
    const text = "Fighting spread to the northern town of Kidal on Friday, residents said.";
    assert.ok(triggersOf(text).includes("Fighting"));
  });
});

describe("events: one person blasting another is criticism", () => {
  it("a named person who blasts another named person is no explosion", () => {
    assert.deepEqual(triggersOf("Senator Hobbs blasts Governor Lentz for ignoring the water crisis."), []);
  });

  it("a bomb that blasted a market stays an explosion", () => {
    const text = "A car bomb blasted a crowded market in the town of Hilla on Monday, killing 12 people.";
    assert.ok(triggersOf(text).length > 0);
  });
});

describe("events: in a match report a capitalised plural is a team", () => {
  const report = (rallied: string) =>
    [
      "Ben Ortiz hit a two-run homer in the ninth inning on Sunday.",
      `The homer capped a four-run inning that ${rallied} to a 6-4 victory over the Lakers.`,
      "Ortiz has 21 homers this season.",
      "The starting pitcher lasted six innings.",
      "The two teams meet again on Tuesday.",
      "The Lakers have lost five games in a row.",
    ].join(" ");

  it("a team rallied to a win is no protest", () => {
    assert.deepEqual(triggersOf(report("rallied the Harbour Herons")), []);
  });

  it("a crowd named in lower case still rallies", () => {
    assert.ok(triggersOf(report("rallied hundreds of fans in the town of Leeds")).includes("rallied"));
  });
});

describe("events: battling to reach a goal is no battle", () => {
  it("an institution battling to refinance its debt is no armed clash", () => {
    const text = "The finance ministry is battling to refinance a bond that falls due in March, officials said.";
    assert.deepEqual(triggersOf(text), []);
  });

  it("rebels battling to hold a town stay an armed clash", () => {
    const text = "Rebels battled to hold the town of Kidal on Monday, residents said.";
    assert.ok(triggersOf(text).includes("battled"), triggersOf(text).join(" | "));
  });
});
