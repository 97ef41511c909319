// Which sentences the pipeline parses (issue 18, speed): only those with an event candidate, named in the
// `parsed` layer; and the events stage, the only reader of the parse, still works on a sentence left
// unparsed. Invented sentences.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createDoc, type Doc, spansOf, textOf } from "./doc.js";
import { buildPipeline, STAGES } from "./pipeline.js";
import { createSyntaxStage } from "./stages/syntax/index.js";
import { processDoc } from "./testing/process-doc.js";

const ATTACK = "Gunmen attacked a police post near Kaduna on Friday, killing four officers.";
const QUIET = "The weather in the capital was mild and the markets were busy.";

const run = (text: string): Doc => processDoc(text, "2021-06-28");

const parsedTexts = (doc: Doc) => spansOf(doc, "parsed").map((s) => textOf(doc, s));

describe("pipeline: parsing only the sentences that need it", () => {
  it("a sentence with an attack trigger is parsed: listed in the parsed layer, with tokens", () => {
    const doc = run(`${QUIET}\n${ATTACK}`);
    assert.deepEqual(parsedTexts(doc), [ATTACK]);
    const start = doc.text.indexOf(ATTACK);
    assert.ok(spansOf(doc, "tokens").some((t) => t.start >= start && textOf(doc, t) === "attacked"));
  });

  it("negative case: a sentence with no trigger is neither listed as parsed nor given tokens", () => {
    const doc = run(`${QUIET}\n${ATTACK}`);
    const end = doc.text.indexOf(ATTACK);
    assert.ok(!parsedTexts(doc).includes(QUIET));
    assert.ok(spansOf(doc, "tokens").every((t) => t.start >= end));
    const quietOnly = run(QUIET);
    assert.deepEqual(spansOf(quietOnly, "parsed"), []);
    assert.deepEqual(spansOf(quietOnly, "tokens"), []);
  });

  it("negative case: a trigger word inside a name is no candidate, so its sentence is not parsed", () => {
    const NAMED = "The Lakes Rally drew crowds to the coast, organisers said.";
    const doc = run(`${NAMED}\n${ATTACK}`);
    assert.deepEqual(parsedTexts(doc), [ATTACK]);
    assert.ok(!doc.events.some((e) => textOf(doc, e.trigger) === "Rally"));
  });

  it("the events stage reads an unparsed attack sentence by its word rules instead of failing", () => {
    const parseNothing = createSyntaxStage(undefined, { needs: [], pick: () => new Set() });
    const stages = STAGES.map((stage) => (stage.name === "syntax" ? parseNothing : stage));
    const doc = buildPipeline(stages).run(createDoc("u", ATTACK, { origin: "test", published: "2021-06-28" }));
    assert.deepEqual(spansOf(doc, "parsed"), []);
    assert.deepEqual(spansOf(doc, "tokens"), []);
    const [event] = doc.events;
    assert.ok(event, "an event is still found");
    assert.equal(textOf(doc, event.trigger), "attacked");
    assert.equal(event.fatalities.value.best, 4);
  });
});
