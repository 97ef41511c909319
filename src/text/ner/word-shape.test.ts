import assert from "node:assert/strict";
import { test } from "node:test";
import { findCapitalisation, findShape, findShortShape, isCapitalised } from "./word-shape.js";

test("ner word shape: letters by class, long words keep their ends, repeats collapse", () => {
  assert.equal(findShape("McCain"), "XxXxxxx".slice(0, 6));
  assert.equal(findShape("Kalashnikovs"), "Xxxxxxxx");
  assert.equal(findShortShape("1996-08-30"), "d-d-d");
  assert.equal(findShortShape("Ōsaka"), "Xx");
});

test("ner word shape: capitalisation classes, ASCII and beyond", () => {
  assert.deepEqual(
    ["police", "Police", "POLICE", "McCain", "I", "Élysée", "ÉLYSÉE", "eBay", "1996", ","].map(findCapitalisation),
    ["lower", "initcap", "allcaps", "mixed", "upper1", "initcap", "allcaps", "lowmixed", "num", "punct"],
  );
  assert.deepEqual(["Zawiya", "zawiya", "Ōsaka", "ōsaka", "1st"].map(isCapitalised), [true, false, true, false, false]);
});
