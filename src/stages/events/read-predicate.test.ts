// Predicates and their arguments on invented sentences, parsed by the shipped tagger and parser.
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { createDoc, type Doc } from "../../doc.js";
import type { SyntaxModel } from "../../text/syntax/analyze-words.js";
import { loadSyntaxModel } from "../../text/syntax/load-syntax-model.js";
import { sentencesStage } from "../sentences/index.js";
import { createSyntaxStage } from "../syntax/index.js";
import { readParseTree } from "./parse-tree.js";
import { readIrrealis } from "./read-irrealis.js";
import { readPredicate, roleOfSpan } from "./read-predicate.js";

let model: SyntaxModel;
const parse = (text: string): Doc =>
  createSyntaxStage(() => model).run(sentencesStage.run(createDoc("t", text, { origin: "test" })));
const spanOf = (doc: Doc, words: string) => ({
  start: doc.text.indexOf(words),
  end: doc.text.indexOf(words) + words.length,
});

/** The role of `name` in the predicate of `trigger`, in `text`. */
function roleIn(text: string, trigger: string, name: string) {
  const doc = parse(text);
  const tree = readParseTree(doc);
  const predicate = readPredicate(tree, spanOf(doc, trigger));
  assert.ok(predicate, `no predicate for "${trigger}"`);
  return roleOfSpan(tree, predicate, spanOf(doc, name));
}

function irrealisOf(text: string, trigger: string) {
  const doc = parse(text);
  const tree = readParseTree(doc);
  const predicate = readPredicate(tree, spanOf(doc, trigger));
  assert.ok(predicate, `no predicate for "${trigger}"`);
  return readIrrealis(tree, predicate);
}

describe("read-predicate: who did what to whom", () => {
  before(() => {
    model = loadSyntaxModel();
  });

  it("the subject of an active verb is the agent, its object the patient", () => {
    const text = "Rebel fighters from the Northern Front ambushed a police convoy near the river on Tuesday.";
    assert.equal(roleIn(text, "ambushed", "Rebel fighters"), "agent");
    assert.equal(roleIn(text, "ambushed", "a police convoy"), "patient");
  });

  it("in a passive, the subject is the patient and the 'by' phrase the agent", () => {
    const text = "The border post was attacked by Zarovian soldiers overnight.";
    assert.equal(roleIn(text, "attacked", "The border post"), "patient");
    assert.equal(roleIn(text, "attacked", "Zarovian soldiers"), "agent");
  });

  it("a possessor of the attacking force is the agent, the 'of' phrase of an event noun the patient", () => {
    const text = "The bombing of rebel positions by Portugal's air force lasted an hour.";
    assert.equal(roleIn(text, "bombing", "Portugal"), "agent");
    assert.equal(roleIn(text, "bombing", "rebel positions"), "patient");
  });

  it("a nationality before an event noun is its agent, 'on X' its patient", () => {
    const text = "Chilean strikes on the harbour killed nine sailors.";
    assert.equal(roleIn(text, "strikes", "Chilean"), "agent");
    assert.equal(roleIn(text, "strikes", "the harbour"), "patient");
  });

  it("the subject of the verb that carries an event noun is its agent", () => {
    assert.equal(
      roleIn("Armed herders carried out an attack on a farming village.", "attack", "Armed herders"),
      "agent",
    );
  });

  it("'attacked by fighters of X': the group the fighters belong to, X, is the agent", () => {
    const text = "Their patrol was attacked by fighters of the Popular Front in the district of Kobe on Monday.";
    assert.equal(roleIn(text, "attacked", "Popular Front"), "agent");
  });

  it("negative case: 'strikes on X killed 12' still makes no agent of the place struck", () => {
    assert.notEqual(roleIn("Israeli strikes on Gaza killed 12 people on Sunday.", "strikes", "Gaza"), "agent");
  });

  it("negative case: a name in another clause has no role, a place after 'in' is not an actor", () => {
    assert.equal(roleIn("The minister said that militants shelled the town.", "shelled", "The minister"), "none");
    assert.equal(roleIn("Gunmen attacked a bus in Portugal.", "attacked", "Portugal"), "place");
  });
});

describe("read-irrealis: what did not happen as one incident", () => {
  it("a past event in the indicative is real", () => {
    assert.equal(irrealisOf("Soldiers fired on the crowd in the square.", "fired"), null);
  });

  it("a planned protest is planned, not an incident", () => {
    assert.equal(irrealisOf("Teachers are planning a protest outside the ministry next week.", "protest"), "planned");
    assert.equal(irrealisOf("The union held a planned march through the capital.", "march"), "planned");
  });

  it("future, conditional and negated clauses are not incidents", () => {
    assert.equal(irrealisOf("The group will attack the capital, its leader warned.", "attack"), "future");
    assert.equal(irrealisOf("The army did not shell the villages.", "shell"), "negated");
    assert.equal(irrealisOf("They would have bombed the bridge.", "bombed"), "conditional");
  });

  it("a total over several years is a tally, not one incident", () => {
    assert.equal(
      irrealisOf("Between 120 and 300 farmers were killed over six years in the valley.", "killed"),
      "total",
    );
    assert.equal(irrealisOf("About 400 people have been killed in the province since 2015.", "killed"), "total");
  });
});
