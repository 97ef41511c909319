// ACLED's names for described actors (lexicon/actors/generic-actors.tsv) and the report's country they
// fall back on (find-report-country.ts). Invented sentences.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processText } from "../../process.js";
import { findReportCountry } from "./find-report-country.js";
import { loadGenericActorNames, nameGenericActor } from "./name-generic-actor.js";

const names = loadGenericActorNames();
const mali = { name: "Mali", iso3: "MLI" };

describe("events: ACLED's generic actor names", () => {
  it("state forces, protesters, rioters and civilians of a country, with ACLED's inter codes", () => {
    assert.deepEqual(nameGenericActor(names, "military", mali), {
      name: "Military Forces of Mali",
      inter: 1,
      country: "MLI",
    });
    assert.equal(
      nameGenericActor(names, "police", { name: "United States", iso3: "USA" }).name,
      "Police Forces of the United States",
    );
    assert.equal(nameGenericActor(names, "protesters", mali).inter, 6);
    assert.equal(nameGenericActor(names, "rioters", mali).name, "Rioters (Mali)");
    assert.equal(nameGenericActor(names, "civilians", mali).name, "Civilians (Mali)");
  });

  it("a force of a kind its place's country has none of is named without a country", () => {
    const palestine = { name: "Palestine", iso3: "PSE" };
    assert.equal(nameGenericActor(names, "military", palestine).name, "Unidentified Armed Group");
    assert.equal(nameGenericActor(names, "police", palestine).name, "Police Forces of Palestine");
    assert.equal(nameGenericActor(names, "civilians", palestine).name, "Civilians (Palestine)");
  });

  it("unowned soldiers in the West Bank are not the military of their victims' country", () => {
    const result = processText("Soldiers shot dead a man near Nablus on Sunday, the health ministry said.", {
      origin: "test",
      published: "2024-10-14",
    });
    assert.ok("doc" in result);
    const actors = result.doc.events.map((e) => e.actor1?.value.name);
    assert.ok(actors.length > 0 && !actors.includes("Military Forces of Palestine"), JSON.stringify(actors));
  });

  it("negative case: a state force of no known country is an unidentified armed group, not a made-up state", () => {
    assert.deepEqual(nameGenericActor(names, "military", null), { name: "Unidentified Armed Group", inter: 3 });
  });
});

describe("events: the report's country", () => {
  it("the country its places name most often; a dateline and a demonym do not count", () => {
    const result = processText(
      "NIAMEY, Niger — Malian troops crossed into Burkina Faso near Djibo. Burkina Faso said its forces withdrew from Djibo.",
      { origin: "test", published: "2021-06-28" },
    );
    assert.ok("doc" in result);
    assert.equal(findReportCountry(result.doc)?.iso3, "BFA");
  });
});
