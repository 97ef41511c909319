import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { testGazetteer } from "../../testing/test-resources.js";
import type { GazetteerPlace } from "../../text/gazetteer/gazetteer.js";
import { measureNearbySupport } from "./measure-nearby-support.js";
import { PLACES_SETTINGS } from "./settings.js";

const readings = (name: string, isFramed = true) => ({ name, places: testGazetteer().lookupPlace(name), isFramed });
const inState = (places: GazetteerPlace[], iso2: string, admin1: string) =>
  places.find((p) => p.iso2 === iso2 && p.admin1 === admin1 && p.featureCode !== "ADM1");

describe("measureNearbySupport", () => {
  it("supports the Paris beside a Henry County, not the capital of France", () => {
    const paris = testGazetteer().lookupPlace("Paris");
    const support = measureNearbySupport([readings("Paris"), readings("Henry County")], PLACES_SETTINGS);
    const tennessee = inState(paris, "US", "Tennessee");
    const france = paris.find((p) => p.iso2 === "FR" && p.featureCode === "PPLC");
    assert.ok(tennessee && france);
    assert.ok((support.get(tennessee) ?? 0) > 0);
    assert.equal(support.get(france), undefined);
  });

  it("a name never framed as a place supports less than a framed one", () => {
    const paris = inState(testGazetteer().lookupPlace("Paris"), "US", "Tennessee")!;
    const framed = measureNearbySupport([readings("Paris"), readings("Henry County")], PLACES_SETTINGS).get(paris)!;
    const unframed = measureNearbySupport([readings("Paris"), readings("Henry County", false)], PLACES_SETTINGS).get(
      paris,
    )!;
    assert.ok(unframed > 0 && unframed < framed);
  });

  it("a state's own name supports and is supported only as the state", () => {
    const support = measureNearbySupport(
      [readings("Nevada"), readings("Oregon"), readings("Carson City")],
      PLACES_SETTINGS,
    );
    const towns = [...testGazetteer().lookupPlace("Nevada"), ...testGazetteer().lookupPlace("Oregon")].filter(
      (p) => p.featureCode !== "ADM1",
    );
    assert.ok(towns.length > 0);
    for (const town of towns) assert.equal(support.get(town), undefined);
    const nevada = testGazetteer()
      .lookupPlace("Nevada")
      .find((p) => p.featureCode === "ADM1" && p.iso2 === "US")!;
    assert.ok((support.get(nevada) ?? 0) > 0, "Carson City lies in Nevada");
  });

  it("a name alone in the report has no support", () => {
    assert.equal(measureNearbySupport([readings("Paris")], PLACES_SETTINGS).size, 0);
  });
});
