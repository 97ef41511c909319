import assert from "node:assert/strict";
import { test } from "node:test";
import { type Admin1Region, boxTowns, nameCodes } from "./admin1-regions.js";

// Invented divisions of an invented country "XX": two governorates and a region that lists no towns.
const region = (id: number, name: string, latitude: number, longitude: number): Admin1Region => ({
  id,
  name,
  type: "governorate",
  iso2: "XX",
  latitude,
  longitude,
  names: [name],
});
const north = region(1, "Northgate", 10, 10);
const south = region(2, "Southgate", 9, 10);
const coast = region(3, "Coastal Region", 9.5, 10);
const far = region(4, "Farland", 30, 40);
const town = (code: string, latitude: number) => ({ iso2: "XX", admin1Code: code, name: "t", latitude, longitude: 10 });
const boxes = boxTowns([town("01", 9), town("01", 10), town("02", 9.5), town("03", 9.5)]);
const tally = (...counts: [Admin1Region, number][]) => new Map(counts);

test("admin1: a code whose towns split their votes keeps its own name, not the winner's", () => {
  const byCode = nameCodes(
    new Map([["XX.01", tally([north, 3], [south, 3])]]),
    boxes,
    new Map([["XX.01", "West Shore"]]),
    [north, south],
  );
  assert.deepEqual(byCode.get("XX.01"), { name: "West Shore", region: null });
});

test("admin1: a clear vote keeps the database's spelling of the state", () => {
  const byCode = nameCodes(
    new Map([["XX.02", tally([south, 9], [north, 1])]]),
    boxes,
    new Map([["XX.02", "South-Gate"]]),
    [north, south],
  );
  assert.equal(byCode.get("XX.02")?.name, "Southgate");
});

test("admin1: the database's state of the code's own name wins over the vote for one of its parts", () => {
  const byCode = nameCodes(new Map([["XX.01", tally([north, 9])]]), boxes, new Map([["XX.01", "Coastal Region"]]), [
    north,
    coast,
  ]);
  assert.equal(byCode.get("XX.01")?.region, coast);
});

test("admin1: a state of the code's name far from the code's towns (a renumbered code) is not taken", () => {
  const byCode = nameCodes(new Map([["XX.03", tally([south, 5])]]), boxes, new Map([["XX.03", "Farland"]]), [
    south,
    far,
  ]);
  assert.equal(byCode.get("XX.03")?.name, "Southgate");
});
