// A country named as the one who acts says whose forces act, not where: the report's focus country weighs it
// as a demonym, so an attacker's country named three times does not outvote the country attacked. Invented
// wire reports.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processDoc, processRecords } from "../../testing/process-doc.js";
import { readReportCountry } from "./find-report-country.js";

const published = "2026-12-07";
const raid =
  "KYIV, Dec 6 (Wire) - Russia launched a large drone attack on Ukraine overnight, hitting power stations in " +
  "the Odesa region, officials said. The air force said it had shot down 27 of 33 drones launched by Russia " +
  "overnight. Russia's defence ministry did not comment.";

describe("events: countries named as actors", () => {
  it("an attacker named as subject, agent and ministry owner leaves the attacked country the focus", () => {
    const focus = readReportCountry(processDoc(raid, published));
    assert.equal(focus?.country.iso3, "UKR");
    assert.equal(focus?.isFocus, true);
  });

  it("drones shot down where the sentence names no place are in the focus country, at precision 3", () => {
    const record = processRecords(raid, published).find((r) => r.sub_event_type === "Disrupted weapons use");
    assert.ok(record, "no Disrupted weapons use record");
    assert.deepEqual([record.country, record.geo_precision], ["Ukraine", 3]);
  });

  it("a report that names its countries only as actors still has the defender's country as focus", () => {
    const text =
      "Ukraine's air force said on Sunday it had shot down 42 of 50 drones launched by Russia overnight. " +
      "Ukrainian officials said debris fell on two houses. Ukraine has asked its allies for more air defences.";
    assert.equal(readReportCountry(processDoc(text, published))?.country.iso3, "UKR");
  });

  it("a country inside a locative phrase stays a place", () => {
    const text = "Gunmen killed six villagers in Mali on Sunday. Mali's army said it was hunting the attackers.";
    const focus = readReportCountry(processDoc(text, published));
    assert.equal(focus?.country.iso3, "MLI");
  });
});
