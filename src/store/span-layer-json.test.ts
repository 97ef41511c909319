import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Span } from "../doc.js";
import { decodeSpanLayer, encodeSpanLayer } from "./span-layer-json.js";

const tokens: Span[] = [
  { start: 0, end: 7, label: "NOUN", by: "syntax/perceptron", data: { upos: "NOUN", head: 1, deprel: "nsubj" } },
  { start: 8, end: 15, label: "VERB", by: "syntax/perceptron", data: { upos: "VERB", head: null, deprel: "root" } },
  { start: 16, end: 20, label: "ADP", by: "syntax/perceptron", data: { upos: "ADP", head: 3, deprel: "case" } },
];

describe("span layer JSON", () => {
  it("gives back every span of a layer whose spans share their by and their data's keys", () => {
    assert.deepEqual(decodeSpanLayer(encodeSpanLayer(tokens)), tokens);
  });

  it("keeps each span's own by, and spans with and without data, when they differ", () => {
    const mixed: Span[] = [
      { start: 0, end: 5, label: "LOC", by: "entities/names:dateline", data: { name: "Djibo" } },
      { start: 9, end: 14, label: "COUNTRY", by: "entities/world-countries", data: { name: "Mali", iso3: "MLI" } },
      { start: 20, end: 26, label: "ORG", by: "entities/names" },
      { start: 30, end: 40, label: "QUOTE", by: "quotes/reported", data: { source: { start: 1, end: 2 }, kind: "x" } },
    ];
    assert.deepEqual(decodeSpanLayer(encodeSpanLayer(mixed)), mixed);
  });

  it("does not turn an undefined value in a data object into null", () => {
    const spans: Span[] = [
      { start: 0, end: 3, label: "A", by: "t", data: { x: 1, y: undefined } },
      { start: 4, end: 6, label: "A", by: "t", data: { x: 2, y: 3 } },
    ];
    const back = decodeSpanLayer(encodeSpanLayer(spans));
    assert.equal((back[0].data as Record<string, unknown>).y, undefined);
    assert.equal("y" in (back[0].data as object), false);
    assert.deepEqual(back[1].data, { x: 2, y: 3 });
  });

  it("reads the array of span objects that stores written before keep", () => {
    assert.deepEqual(decodeSpanLayer(JSON.stringify(tokens)), tokens);
  });

  it("reads the version 2 rows that stores written before keep, with a shared by and without", () => {
    const shared = `{"v":2,"by":"syntax/perceptron","keys":["upos","head","deprel"],"rows":[[0,7,"NOUN","NOUN",1,"nsubj"],[8,15,"VERB","VERB",null,"root"],[16,20,"ADP","ADP",3,"case"]]}`;
    assert.deepEqual(decodeSpanLayer(shared), tokens);
    const own = `{"v":2,"by":null,"keys":null,"rows":[[20,26,"ORG","entities/names"],[0,5,"LOC","entities/names:dateline",{"name":"Djibo"}]]}`;
    assert.deepEqual(decodeSpanLayer(own), [
      { start: 20, end: 26, label: "ORG", by: "entities/names" },
      { start: 0, end: 5, label: "LOC", by: "entities/names:dateline", data: { name: "Djibo" } },
    ]);
  });

  it("gives back spans out of start order, overlapping and empty", () => {
    const spans: Span[] = [
      { start: 30, end: 34, label: "B", by: "t" },
      { start: 2, end: 40, label: "A", by: "t" },
      { start: 2, end: 2, label: "A", by: "t" },
    ];
    assert.deepEqual(decodeSpanLayer(encodeSpanLayer(spans)), spans);
  });

  it("gives back offsets that are not integers, data an object inherits, and data of other shapes as they were", () => {
    const halves: Span[] = [{ start: 0.5, end: 3, label: "A", by: "t" }];
    assert.deepEqual(decodeSpanLayer(encodeSpanLayer(halves)), halves);
    const inherited = Object.assign(Object.create({ extra: 1 }), { x: 1 }) as Record<string, unknown>;
    const spans: Span[] = [
      { start: 0, end: 1, label: "A", by: "t", data: { x: 2 } },
      { start: 1, end: 2, label: "A", by: "t", data: inherited },
    ];
    assert.deepEqual(
      decodeSpanLayer(encodeSpanLayer(spans)).map((s) => s.data),
      [{ x: 2 }, { x: 1 }],
    );
    const shapes: Span[] = [
      { start: 0, end: 1, label: "A", by: "t", data: [1, 2] },
      { start: 1, end: 2, label: "A", by: "t", data: "text" },
      { start: 2, end: 3, label: "A", by: "t", data: { y: null } },
    ];
    assert.deepEqual(decodeSpanLayer(encodeSpanLayer(shapes)), shapes);
  });

  it("keeps a token in well under a third of the bytes of its object, its tags once a layer", () => {
    const many = Array.from({ length: 200 }, (_, i) => ({ ...tokens[i % 3], start: i * 6, end: i * 6 + 5 }));
    const encoded = encodeSpanLayer(many);
    assert.ok(encoded.length < JSON.stringify(many).length / 3, `${encoded.length} bytes`);
    assert.equal(encoded.split('"nsubj"').length - 1, 1);
    assert.deepEqual(decodeSpanLayer(encoded), many);
  });
});
