import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createDoc, type Doc, withLayer } from "./doc.js";
import { SitrepError } from "./errors.js";
import { buildPipeline, STAGES } from "./pipeline.js";
import type { Stage } from "./stage.js";

const noop = (name: string, needs: Stage["needs"], makes: Stage["makes"]): Stage => ({
  name,
  needs,
  makes,
  run: (doc) => doc,
});

describe("pipeline", () => {
  it("the real stage order is valid: every need is made by an earlier stage", () => {
    assert.doesNotThrow(() => buildPipeline(STAGES));
  });

  it("refuses, when built, a stage whose needs no earlier stage makes", () => {
    assert.throws(
      () => buildPipeline([noop("events", ["sentences", "dates"], ["events"]), noop("sentences", [], ["sentences"])]),
      (error: unknown) =>
        error instanceof SitrepError &&
        error.code === "pipeline-invalid" &&
        /events.*needs sentences, dates/.test(error.message),
    );
  });

  it("wraps a stage failure with the stage name and document id", () => {
    const failing: Stage = {
      name: "dates",
      needs: [],
      makes: ["dates"],
      run: () => {
        throw new Error("boom");
      },
    };
    const doc = createDoc("doc-1", "Text.", { origin: "x" });
    assert.throws(
      () => buildPipeline([failing]).run(doc),
      (error: unknown) =>
        error instanceof SitrepError &&
        error.stage === "dates" &&
        error.documentId === "doc-1" &&
        /boom/.test(error.message),
    );
  });

  it("stages add layers and never change the text", () => {
    const text = "Militants fired rockets at the base on Tuesday. 🚀 No one was hurt.";
    const doc: Doc = buildPipeline().run(createDoc("d", text, { origin: "x", published: "2021-06-28" }));
    assert.equal(doc.text, text);
    assert.ok((doc.layers.sentences ?? []).length >= 2);
  });
});

describe("doc: offsets are UTF-16 code units", () => {
  it("a span after an astral character (emoji) slices back to its words", () => {
    const text = "🚀🚀 Rockets hit Erbil, Iraq.";
    const start = text.indexOf("Erbil");
    const doc = withLayer(createDoc("d", text, { origin: "x" }), "places", [
      { start, end: start + 5, label: "TOWN", by: "test" },
    ]);
    const [span] = doc.layers.places!;
    assert.equal(span.start, 17, "each rocket counts two code units: 4 + 1 space + 12");
    assert.equal(doc.text.slice(span.start, span.end), "Erbil");
  });

  it("evidence after an emoji in a real pipeline run still equals the slice", () => {
    const text =
      "📍 In February, the US ordered F-15E airstrikes in response to a rocket attack on the US coalition in Erbil, Iraq.";
    const doc = buildPipeline().run(createDoc("d", text, { origin: "x", published: "2021-06-28" }));
    for (const layer of Object.values(doc.layers))
      for (const s of layer ?? []) assert.ok(s.end <= text.length && s.start >= 0);
    const erbil = doc.layers.places?.find((p) => text.slice(p.start, p.end) === "Erbil");
    assert.ok(erbil, "Erbil found after the emoji");
  });
});
