// Where: a place phrase attached to the event's predicate wins over a name nested in one of its arguments,
// and a town inside that attached province is its finer reading (issue 18). Invented sentences.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processRecords } from "../../testing/process-doc.js";

const recordsOf = (text: string) => processRecords(text, "2023-05-15");

describe("events: the place attached to the predicate", () => {
  it("a town inside the fronted province, wherever the parse hangs it, is the finer place", () => {
    const [killing] = recordsOf(
      "In the western department of Cauca, suspected members of the Clan del Golfo shot dead a teacher outside his home in the village of El Carmen, Suarez municipality, on Sunday night, the ombudsman's office said.",
    );
    assert.equal(killing?.location, "Suárez");
  });
  it("'the shelling of X by troops across the Y river': the place hit, not the landmark the troops fire across", () => {
    const [shelling] = recordsOf(
      "The shelling of Marhanets by Russian troops across the Dnipro river continued overnight, wounding two women, the regional governor said.",
    );
    assert.equal(shelling?.location, "Marhanets");
  });
});
