import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { testPlacesLexicons } from "../../testing/test-resources.js";
import { findSurnames } from "./accept-candidate.js";

describe("findSurnames", () => {
  it("reads a mixed-case surname after a given name, a middle initial and a quoted nickname", () => {
    const names = findSurnames(
      "Jonathan J. “Big Jon” McDaniel, 19, was arrested. McDaniel told police he was at home.",
      testPlacesLexicons().words,
    );
    assert.ok(names.has("McDaniel"));
  });

  it("reads the second of two names after a rank as a surname even when it is also a given name", () => {
    assert.ok(
      findSurnames(
        "According to a report by Patrolman Jamie James, the car was stolen.",
        testPlacesLexicons().words,
      ).has("James"),
    );
  });

  it("does not take a place after a place-name opener for a surname", () => {
    const names = findSurnames("He drove from North Texas to Lake Charles on Monday.", testPlacesLexicons().words);
    assert.ok(!names.has("Texas"));
    assert.ok(!names.has("Charles"));
  });
});
