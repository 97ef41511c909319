// A region named by a direction word ("the East region") is a region of the report's own countries (issue 18).
// Invented sentences.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { spansOf } from "../../doc.js";
import { processDoc } from "../../testing/process-doc.js";

function placeOf(text: string, name: string) {
  const doc = processDoc(text, "2024-05-14");
  return spansOf(doc, "places").find((s) => doc.text.slice(s.start, s.end) === name);
}

describe("places: a region named by a direction word", () => {
  it("'the East region' in a report about Burkina Faso is no region of Cameroon", () => {
    const east = placeOf(
      "Gunmen killed six farmers in Burkina Faso on Sunday. They struck a hamlet in the East region at dawn.",
      "East",
    );
    assert.notEqual(east?.data?.iso3, "CMR", `East read as ${JSON.stringify(east?.data)}`);
  });

  it("'the Nord region' in a report about Burkina Faso is Burkina Faso's, not France's", () => {
    const nord = placeOf(
      "Gunmen killed six farmers in Burkina Faso on Sunday. They struck a hamlet in the Nord region at dawn.",
      "Nord",
    );
    assert.equal(nord?.data?.iso3, "BFA", `Nord read as ${JSON.stringify(nord?.data)}`);
  });

  describe("negative cases", () => {
    it("'the East region' in a report about Cameroon stays Cameroon's", () => {
      const east = placeOf(
        "Separatists killed four soldiers in Cameroon on Sunday. They ambushed a patrol in the East region.",
        "East",
      );
      assert.deepEqual([east?.label, east?.data?.iso3], ["ADMIN1", "CMR"]);
    });

    it("a name that is no direction word keeps its reading outside the named countries", () => {
      const niamey = placeOf(
        "Gunmen killed six farmers in Burkina Faso on Sunday, officials in Niamey said.",
        "Niamey",
      );
      assert.equal(niamey?.data?.iso3, "NER");
    });
  });
});
