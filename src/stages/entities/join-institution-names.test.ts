import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findEntities } from "../../testing/find-entities.js";

function orgs(text: string) {
  return findEntities(text)
    .filter((s) => s.label === "ORG")
    .map((s) => text.slice(s.start, s.end));
}

describe("institutions named with their country or nationality", () => {
  it("a nationality before an organisation's words is part of its name; the nationality stays known", () => {
    const text =
      "The report was carried by the official Iraqi News Agency. Talks between Tunisia and the Palestinian Authority went on.";
    assert.deepEqual(orgs(text), ["Iraqi News Agency", "Palestinian Authority"]);
    assert.ok(findEntities(text).some((s) => s.label === "NORP" && text.slice(s.start, s.end) === "Iraqi"));
  });

  it("an origin before a name is no part of it", () => {
    const text = "Shares of Boston-based Reagan Communications rose.";
    assert.deepEqual(orgs(text), ["Reagan Communications"]);
  });

  it("a nationality before an ordinary capitalised word makes no organisation", () => {
    assert.deepEqual(orgs("Iraqi Kurds and Syrian Christians met."), []);
  });
});
