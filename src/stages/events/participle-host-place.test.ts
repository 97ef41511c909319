// Where: "attacked X on Tuesday, killing seven soldiers": the place the verb acts upon is where the killing
// its trailing participle tells was. Invented sentences.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processRecords } from "../../testing/process-doc.js";

const locationWords = (text: string) =>
  processRecords(text, "2024-10-14")[0]?.evidence.location?.map((e) => e.text) ?? [];

describe("events: the object of the verb a killing participle hangs on", () => {
  it("'militiamen attacked X on Tuesday, killing seven soldiers': X", () => {
    assert.deepEqual(locationWords("Fano militiamen attacked Bahir Dar on Tuesday, killing seven soldiers."), [
      "Bahir Dar",
    ]);
  });
});

describe("events: no place from a phrase outside the event's clause", () => {
  it("'officials in X said gunmen attacked a convoy, killing seven': the speakers' town is not the event's", () => {
    // The speakers' town says only which country they speak from (locate-at-source-country.ts): no town-level
    // place, and none stated.
    const [record] = processRecords(
      "Officials in Bamako said gunmen attacked a convoy on Tuesday, killing seven soldiers.",
      "2024-10-14",
    );
    assert.notEqual(record?.location, "Bamako");
    assert.ok(record?.geo_precision !== 1 && record?.geo_precision !== 2, JSON.stringify(record));
  });
});
