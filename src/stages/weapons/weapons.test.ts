import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { needsSeedArticle, readSeedArticle } from "../../testing/fixtures.js";
import { findWeapons, loadWeapons } from "./index.js";

const WEAPONS = loadWeapons();

function weaponsIn(text: string) {
  return findWeapons(text, WEAPONS).map((s) => [text.slice(s.start, s.end), s.data?.weapon]);
}

describe("weapons", () => {
  it("finds the seed's aircraft, munitions and explosive drones with their taxonomy class", needsSeedArticle(), () => {
    const found = weaponsIn(readSeedArticle());
    for (const expected of [
      ["F-15E", "aircraft"],
      ["F-15s", "aircraft"],
      ["F-16s", "aircraft"],
      ["precision guided munitions", "bomb"],
      ["drones loaded with explosives", "drone"],
    ]) {
      assert.ok(
        found.some(([text, weapon]) => text === expected[0] && weapon === expected[1]),
        `${expected[0]} in ${JSON.stringify(found)}`,
      );
    }
  });

  it("the longest name wins: a roadside bomb is an explosive device, not a bomb", () => {
    assert.deepEqual(weaponsIn("A roadside bomb struck an army patrol near Kirkuk."), [
      ["roadside bomb", "explosive device"],
    ]);
  });

  describe("negative cases", () => {
    it("a weapon that names what was hit or made is not an instrument", () => {
      assert.deepEqual(weaponsIn("airstrikes on militia rocket storage and testing facilities"), []);
      assert.deepEqual(weaponsIn("similar treatment to the militia drone industry"), []);
    });
    it("only settings.notInstrumentAfterChars after the weapon are read for what was hit", () => {
      const text = "airstrikes on militia rocket storage sites";
      assert.deepEqual(findWeapons(text, WEAPONS), []);
      const found = findWeapons(text, WEAPONS, { notInstrumentAfterChars: 0 });
      assert.deepEqual(
        found.map((s) => text.slice(s.start, s.end)),
        ["rocket"],
      );
    });
    it("F-15 inside a longer token is not matched twice", () => {
      assert.deepEqual(weaponsIn("ordered F-15E airstrikes"), [["F-15E", "aircraft"]]);
    });
  });
});
