import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { SitrepError } from "./errors.js";
import { applySettingOverrides, DEFAULT_SETTINGS } from "./settings.js";

describe("settings: --set stage.key=value", () => {
  it("a number setting takes the new value; the defaults stay as they were", () => {
    const settings = applySettingOverrides(["places.nearKm=150", "entities.frequentWordRank=1_000"]);
    assert.equal(settings.places.nearKm, 150);
    assert.equal(settings.entities.frequentWordRank, 1000);
    assert.equal(DEFAULT_SETTINGS.places.nearKm, 200);
    assert.ok(Object.isFrozen(settings.places));
  });

  it("the events and weapons stages take their windows from the tree", () => {
    const settings = applySettingOverrides(["events.leadSentences=1", "weapons.notInstrumentAfterChars=10"]);
    assert.equal(settings.events.leadSentences, 1);
    assert.equal(settings.weapons.notInstrumentAfterChars, 10);
    assert.equal(DEFAULT_SETTINGS.events.leadSentences, 3);
  });

  it("clean, dates and numbers have settings too: clean runs before the stages, yet --set reaches it", () => {
    const settings = applySettingOverrides([
      "clean.titleMaxChars=90",
      "dates.recentDaysBackDays=14",
      "numbers.countedHeadMaxWords=2",
    ]);
    assert.deepEqual(
      [settings.clean.titleMaxChars, settings.dates.recentDaysBackDays, settings.numbers.countedHeadMaxWords],
      [90, 14, 2],
    );
    assert.equal(DEFAULT_SETTINGS.dates.recentDaysBackDays, 7);
  });

  it("a key of a table (place ranking's weights) is set by its path", () => {
    const settings = applySettingOverrides(["places.rank.containerBonus=4"]);
    assert.equal(settings.places.rank.containerBonus, 4);
    assert.equal(settings.places.rank.capitalBonus, DEFAULT_SETTINGS.places.rank.capitalBonus);
  });

  it("a shared setting moves in every stage that reads it", () => {
    const settings = applySettingOverrides(["shared.bigCityPopulation=50000"]);
    assert.equal(settings.places.bigCityPopulation, 50000);
    assert.equal(settings.entities.bigCityPopulation, 50000);
  });

  it("an unknown stage or key, a table set whole or a value of the wrong type is a usage error naming it", () => {
    const cases: [string, RegExp][] = [
      ["places.nearkm=1", /unknown setting "places.nearkm"/],
      ["weather.nearKm=1", /no stage "weather"/],
      ["places.rank=1", /"places.rank" is a table/],
      ["places.nearKm=far", /"places.nearKm" takes a number/],
      ["places.nearKm=", /takes a number/],
      ["nearKm", /expected stage.key=value/],
      ["shared.nearKm=1", /unknown shared setting/],
    ];
    for (const [override, message] of cases) {
      assert.throws(
        () => applySettingOverrides([override]),
        (e: unknown) => e instanceof SitrepError && e.code === "bad-usage" && message.test(e.message),
        override,
      );
    }
  });

  it("every setting carries a one-line reason: a doc comment right above each key", () => {
    for (const file of [
      "src/shared-settings.ts",
      "src/stages/places/settings.ts",
      "src/stages/entities/settings.ts",
      "src/stages/quotes/settings.ts",
      "src/stages/events/settings.ts",
      "src/stages/weapons/settings.ts",
      "src/stages/clean/settings.ts",
      "src/stages/dates/settings.ts",
      "src/stages/numbers/settings.ts",
    ]) {
      const lines = readFileSync(file, "utf8").split("\n");
      lines.forEach((line, i) => {
        if (!/^\s+\w+: /.test(line)) return;
        assert.match(
          lines
            .slice(0, i)
            .reverse()
            .find((l) => l.trim() !== "") ?? "",
          /\*\/\s*$/,
          `${file}:${i + 1} has no reason above it`,
        );
      });
    }
  });
});
