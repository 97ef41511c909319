// A reading on another continent from the report's needs explicit evidence; a town the text frames as a
// place ("in X") and reads in one country only puts that country's continent among the report's, as naming
// the country would. Invented sentences.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { spansOf } from "../../doc.js";
import { processText } from "../../process.js";

function placeNames(text: string): string[] {
  const result = processText(text, { published: "2024-10-14" });
  assert.ok("doc" in result);
  const { doc } = result;
  return spansOf(doc, "places").map((s) => doc.text.slice(s.start, s.end));
}

describe("places: a framed town sets the report's continent", () => {
  it("'Fano fighters killed four policemen in Debre Markos': no Italian town Fano", () => {
    assert.deepEqual(placeNames("Fano fighters killed four policemen in Debre Markos on Monday."), ["Debre Markos"]);
  });
});

describe("places: a far town framed as a place is kept", () => {
  it("'talks in Geneva' beside an African town: Geneva, named by its own name in a frame, stays", () => {
    const names = placeNames("Envoys met in Geneva on Monday after fighting in Debre Markos.");
    assert.ok(names.includes("Geneva"), JSON.stringify(names));
  });
});
