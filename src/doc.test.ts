import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createDoc, type LayerSpan, withLayer } from "./doc.js";

const span = (start: number, end: number, by: string): LayerSpan<"sentences"> => ({
  start,
  end,
  label: "SENTENCE",
  by,
});

describe("withLayer", () => {
  const doc = createDoc("d", "Shots were fired. Two died. Police came.", { origin: "test" });

  it("orders spans by start, the longer first at one start", () => {
    const spans = [span(18, 27, "b"), span(0, 17, "a"), span(18, 40, "c")];
    const kept = withLayer(doc, "sentences", spans).layers.sentences ?? [];
    assert.deepEqual(
      kept.map((s) => s.by),
      ["a", "c", "b"],
    );
  });

  it("keeps equal spans in their given order, and copies a list already in order", () => {
    const spans = [span(0, 17, "first"), span(0, 17, "second"), span(18, 27, "third")];
    const kept = withLayer(doc, "sentences", spans).layers.sentences ?? [];
    assert.deepEqual(
      kept.map((s) => s.by),
      ["first", "second", "third"],
    );
    assert.notEqual(kept, spans);
  });
});
