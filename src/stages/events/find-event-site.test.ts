// Where, more precisely than a town: a locative phrase on the event's predicate headed by a site noun
// ("at a bus station", "in his home", "across the city") joins the location's evidence; the location's
// value stays the town. Invented sentences.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processRecords } from "../../testing/process-doc.js";

const recordsOf = (text: string) => processRecords(text, "2024-10-14");
const locationWords = (text: string) => recordsOf(text)[0]?.evidence.location?.map((e) => e.text) ?? [];

describe("events: the site of an event is location evidence", () => {
  it("'killed four people at a crowded bus station in X': the station phrase beside the town", () => {
    const [killing] = recordsOf("Gunmen killed four people at a crowded bus station in Kano on Tuesday.");
    assert.equal(killing?.location, "Kano");
    assert.deepEqual(
      killing?.evidence.location?.map((e) => e.text),
      ["Kano", "a crowded bus station"],
    );
  });
  it("'killed a trader in Mill Road in X': a street's own name is the site, as the gazetteer holds no streets", () => {
    assert.deepEqual(locationWords("Gunmen killed a trader in Mill Road in Kano on Sunday."), ["Kano", "Mill Road"]);
  });
  it("'a bomb exploded in X City': a name the places stage located is the town, no site beside it", () => {
    assert.deepEqual(locationWords("A bomb exploded in Oklahoma City on Sunday, killing three people."), [
      "Oklahoma City",
    ]);
  });
  it("'the worst blast was at the bus station in X': the copula's noun is where its subject happened", () => {
    const words = locationWords("The worst blast was at the central bus station in Kano on Monday, police said.");
    assert.ok(words.includes("the central bus station"), `location evidence: ${words}`);
  });
  it("'detonated bombs across the city of X': the city phrase the bombs went off across", () => {
    assert.ok(
      locationWords(
        "Militants detonated three bombs across the city of Quetta on Monday, killing nine people.",
      ).includes("the city"),
    );
  });
  it("'in the port city of X': one site, the city's phrase, not its modifier 'port' apart", () => {
    const words = locationWords("Fighters clashed with police in the southern port city of Mombasa on Saturday.");
    assert.ok(words.includes("the southern port city"));
    assert.ok(!words.includes("port"));
  });
  it("'at a bus station and at a market': one site, the first, as ACLED codes one place per event", () => {
    assert.deepEqual(locationWords("Gunmen killed four people at a bus station and at a market in Kano on Tuesday."), [
      "Kano",
      "a bus station",
    ]);
  });
  it("the evidence text is the document's text at its offsets", () => {
    const text = "Gunmen killed four people at a crowded bus station in Kano on Tuesday.";
    for (const e of recordsOf(text)[0]?.evidence.location ?? []) assert.equal(text.slice(e.start, e.end), e.text);
  });
});

describe("events: no site where the phrase names no site", () => {
  it("'killed in an attack in X': the attack is the cause, not a site", () => {
    assert.deepEqual(locationWords("Two soldiers were killed in an attack on Sunday in Gao, the army said."), ["Gao"]);
  });
  it("'at night': a time is no site", () => {
    assert.deepEqual(locationWords("Gunmen killed three farmers at night in Zamfara on Friday."), ["Zamfara"]);
  });
});
