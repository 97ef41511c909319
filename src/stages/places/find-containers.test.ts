// Places in context (issue 18): containment restricts a name's readings to those inside the containing place.
// Invented sentences of each shape; each names a second country so that size alone would pick another reading.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { spansOf } from "../../doc.js";
import { processText } from "../../process.js";
import type { GazetteerPlace } from "../../text/gazetteer/gazetteer.js";
import { findContainers } from "./find-containers.js";
import type { Candidate } from "./find-name-candidates.js";

function placeOf(text: string, name: string) {
  const result = processText(text, { published: "2024-10-07" });
  assert.ok("doc" in result);
  const { doc } = result;
  const span = spansOf(doc, "places").find((s) => doc.text.slice(s.start, s.end) === name);
  return (
    span && { label: span.label, iso3: span.data?.iso3, admin1: span.data?.admin1, precision: span.data?.precision }
  );
}

describe("places: containment", () => {
  it("'X in Y': Tripoli in northern Lebanon, though Libya is named and its Tripoli is the capital", () => {
    const text = "Libya's envoy condemned the fighting in Tripoli in northern Lebanon on Sunday.";
    assert.equal(placeOf(text, "Tripoli")?.iso3, "LBN");
  });

  it("\"Y's X\": Lebanon's Tripoli", () => {
    const text = "Libya's envoy condemned the fighting in Lebanon's Tripoli on Sunday.";
    assert.equal(placeOf(text, "Tripoli")?.iso3, "LBN");
  });

  it("'X, in Y': an appositive container restricts too — Victoria, in Cameroon, is no Australian state", () => {
    const text = "Militants attacked a police post in Victoria, in Cameroon, on Monday, killing two officers.";
    assert.equal(placeOf(text, "Victoria")?.iso3, "CMR");
    // Named alone the state keeps its reading: the comma and "in" made the difference.
    assert.equal(placeOf("Militants attacked a police post in Victoria on Monday.", "Victoria")?.iso3, "AUS");
  });

  it("'X (Y)': Tripoli (Lebanon)", () => {
    const text = "Libya's envoy condemned the shelling of Tripoli (Lebanon) on Sunday.";
    assert.equal(placeOf(text, "Tripoli")?.iso3, "LBN");
  });

  it("'X district of Y province': the district's seat in that province, at geo_precision 2", () => {
    const text = "Officials said a bomb exploded on Sunday in Nawa district of Daraa province, killing two people.";
    assert.deepEqual(placeOf(text, "Nawa"), { label: "TOWN", iso3: "SYR", admin1: "Daraa", precision: 2 });
    // Without the province the bare name means another Nawa: the containment made the difference.
    const bare = "Officials said a bomb exploded on Sunday in Nawa, killing two people.";
    assert.notEqual(placeOf(bare, "Nawa")?.iso3, "SYR");
  });

  it('"Y\'s X region": the province, not its same-named capital town', () => {
    const text = "Officials said gunmen killed four people in central Mali's Mopti region on Sunday.";
    assert.deepEqual(placeOf(text, "Mopti"), { label: "ADMIN1", iso3: "MLI", admin1: "Mopti", precision: 3 });
  });

  it("no reading inside: a namesake known only by an alternate name is dropped (Boni in Mali is not Bonn)", () => {
    assert.equal(placeOf("Officials said gunmen killed four people on Sunday near Boni in Mali.", "Boni"), undefined);
  });

  it("no reading inside, the only one on another continent: Palma in Mozambique's Cabo Delgado is not Majorca's", () => {
    const inside = "Insurgents killed five civilians in Palma in Mozambique's Cabo Delgado province on Monday.";
    assert.equal(placeOf(inside, "Palma"), undefined);
    const district = "Insurgents killed five civilians in Palma district of Cabo Delgado province on Monday.";
    assert.equal(placeOf(district, "Palma"), undefined);
    // Named alone the big city keeps its reading: world news names far cities.
    assert.equal(placeOf("Police fired tear gas at protesters in Palma on Monday.", "Palma")?.iso3, "ESP");
  });

  it("'X, Province' with no reading in the province and the best on another continent: no point", () => {
    const text = "Insurgents killed five civilians in Palma, Cabo Delgado, on Monday.";
    assert.equal(placeOf(text, "Palma"), undefined);
    // A country after the comma only ranks: lists of countries span continents.
    const list = "Ministers from Palma, Mozambique and Kenya met on Monday.";
    assert.equal(placeOf(list, "Palma")?.iso3, "ESP");
  });

  it("'from X in Y' is where someone came from, not containment: the capital keeps its reading", () => {
    const text = "Libya's envoy said refugees from Tripoli in Lebanon had fled the fighting.";
    assert.equal(placeOf(text, "Tripoli")?.iso3, "LBY");
  });
});

describe("findContainers", () => {
  const province = (name: string, iso2 = "NG"): GazetteerPlace => ({
    geonameId: 1,
    name,
    latitude: 0,
    longitude: 0,
    featureCode: "ADM1",
    iso2,
    admin1Code: "01",
    admin1: name,
    population: 1_000_000,
  });
  const named = (text: string, name: string, place: GazetteerPlace, isPair = false) => {
    const start = text.indexOf(name);
    const evidence: Candidate["evidence"] = new Set(isPair ? ["pair"] : []);
    return { candidate: { start, end: start + name.length, evidence }, place };
  };
  const words = new Map([["district", "admin2" as const]]);

  it("two provinces side by side are a list, not one inside the other", () => {
    const text = "Kano, Kaduna and Borno";
    const found = findContainers(
      [named(text, "Kano", province("Kano"), true), named(text, "Kaduna", province("Kaduna"))],
      [],
      text,
      words,
    );
    assert.equal(found.byEnd.size, 0);
  });

  it("a town and a country after a comma: a container that ranks, not one that restricts", () => {
    const text = "Bama, Nigeria";
    const town = { ...province("Bama"), featureCode: "PPL" };
    const found = findContainers([named(text, "Bama", town, true)], [{ start: 6, end: 13, iso2: "NG" }], text, words);
    assert.deepEqual([found.byEnd.get(4)?.iso2, found.strict.has(4)], ["NG", false]);
  });

  it("'X district of Y province' restricts to the province", () => {
    const text = "Gwoza district of Borno province";
    const town = { ...province("Gwoza"), featureCode: "PPL" };
    const found = findContainers(
      [named(text, "Gwoza", town), named(text, "Borno", province("Borno"))],
      [],
      text,
      words,
    );
    assert.deepEqual([found.byEnd.get(5)?.featureCode, found.strict.has(5)], ["ADM1", true]);
  });
});
