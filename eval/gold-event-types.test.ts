import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { acledTypesFor, readTypeRules, scoredTypes } from "./gold-event-types.js";

describe("gold event types → ACLED types", () => {
  const rules = readTypeRules();
  it("maps violent attacks, deaths and injuries to the violent ACLED types", () => {
    for (const type of [
      "Conflict.Attack.DetonateExplode",
      "conflict.attack.firearmattack",
      "Life.Die.Unspecified",
      "life.injure.injurycausedbyviolentevents",
    ]) {
      assert.ok(acledTypesFor(rules, type).includes("Explosions/Remote violence"), type);
    }
  });
  it("the first matching row decides: a more specific exclusion wins over its family", () => {
    assert.deepEqual(acledTypesFor(rules, "conflict.attack.stealrobhijack"), []);
    assert.deepEqual(acledTypesFor(rules, "life.die.nonviolentdeath"), []);
    assert.deepEqual(acledTypesFor(rules, "life.injure.illnessdegradationhungerthirst"), []);
  });
  it("an arrest is a strategic development; court steps are not scored", () => {
    assert.deepEqual(acledTypesFor(rules, "Justice.ArrestJailDetain.Unspecified"), ["Strategic developments"]);
    assert.equal(scoredTypes(rules).test("Justice.TrialHearing.Unspecified"), false);
    assert.equal(scoredTypes(rules).test("contact.discussion.meet"), false);
  });
});
