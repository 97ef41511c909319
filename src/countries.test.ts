import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { countryByName } from "./countries.js";

describe("countryByName", () => {
  it("folds case, spacing, hyphens and apostrophes of a plain ASCII name", () => {
    for (const name of ["Kenya", "KENYA", " kenya ", "Czech  Republic", "czech-republic", "Cote dIvoire"])
      assert.ok(countryByName(name), name);
    assert.equal(countryByName("czech-republic")?.iso3, "CZE");
  });

  it("folds accents: an accented name and its plain spelling find the same country", () => {
    assert.equal(countryByName("Côte d’Ivoire")?.iso3, countryByName("Cote d'Ivoire")?.iso3);
    assert.equal(countryByName("Curaçao")?.iso3, countryByName("Curacao")?.iso3);
    assert.ok(countryByName("Türkiye"));
  });

  it("a name with a tab, a line break or a dot folds as the spaced or plain name does", () => {
    assert.equal(countryByName("Czech\tRepublic")?.iso3, "CZE");
    assert.equal(countryByName("Czech\nRepublic")?.iso3, "CZE");
    assert.equal(countryByName("K.enya")?.iso3, countryByName("kenya")?.iso3);
  });

  it("a country's name is ACLED's where the everyday one differs, and both names find it", () => {
    assert.equal(countryByName("DR Congo")?.name, "Democratic Republic of Congo");
    assert.equal(countryByName("Democratic Republic of Congo")?.iso3, "COD");
    assert.equal(countryByName("Türkiye")?.name, "Turkey");
    assert.equal(countryByName("Republic of the Congo")?.name, "Republic of Congo");
    assert.equal(countryByName("Kenya")?.name, "Kenya");
  });

  it("negative case: a native spelling that is an English word or given name is no country name", () => {
    assert.equal(countryByName("Island"), undefined);
    assert.equal(countryByName("Dominique"), undefined);
    assert.equal(countryByName("Iceland")?.iso3, "ISL");
    assert.equal(countryByName("Dominica")?.iso3, "DMA");
    assert.equal(countryByName("Nederland")?.iso3, "NLD");
  });

  it("negative case: a name of no country finds nothing", () => {
    assert.equal(countryByName("Narnia"), undefined);
  });
});
