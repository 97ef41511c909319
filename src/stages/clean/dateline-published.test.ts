import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { needsSeedArticle, readInventedReport, readSeedArticle } from "../../testing/fixtures.js";
import { readDatelineYearDay } from "../../text/dateline-date.js";
import { cleanRawDocument } from "./index.js";
import { CLEAN_SETTINGS } from "./settings.js";

const readDateline = (text: string) => readDatelineYearDay(text, CLEAN_SETTINGS.datelineWindowChars);

describe("clean: dateline dates", () => {
  it("reads an AP-style dateline with an abbreviated month", () => {
    assert.equal(
      readDateline(
        "Blast kills dozens at Kabul airport\n\nKABUL, Afghanistan, Aug. 26, 2021 — Two suicide bombers and gunmen attacked crowds",
      ),
      "2021-08-26",
    );
  });

  it("reads a wire dateline with the agency after the date", () => {
    assert.equal(
      readDateline("BAGHDAD, June 28, 2021 (Reuters) - Iraqi militia leaders vowed on Monday"),
      "2021-06-28",
    );
  });

  it("is the publication date of a plain-text report that has none, and the user's date does not override it", () => {
    const content =
      "KABUL, Afghanistan, Aug. 26, 2021 — Two suicide bombers and gunmen attacked crowds of Afghans flocking to Kabul's airport on Thursday, turning a scene of desperation into one of horror in the waning days of an airlift for those fleeing the Taliban takeover.";
    const result = cleanRawDocument({ origin: "t.txt", kind: "text", content, meta: {} }, { published: "2021-09-01" });
    assert.ok("doc" in result);
    assert.equal(result.doc.meta.published, "2021-08-26");
  });

  describe("negative cases", () => {
    it("a dateline without a year gives no date (no year is guessed)", () => {
      assert.equal(readDateline("WASHINGTON, June 28 (Reuters) - The United States carried out airstrikes"), undefined);
    });
    it("the seed's dateline has no date", needsSeedArticle(), () => {
      assert.equal(readDateline(readSeedArticle()), undefined);
    });
    it('a dateline of place only (the invented report\'s "KIRKUK, Iraq –") has no date', () => {
      assert.equal(readDateline(readInventedReport()), undefined);
    });
    it("a date deep in the body is not a dateline", () => {
      assert.equal(
        readDateline(`${"The talks resumed. ".repeat(20)}\nVIENNA, April 6, 2021 — Talks resumed.`),
        undefined,
      );
    });
    it("an impossible day is no date", () => {
      assert.equal(readDateline("GENEVA, Feb. 30, 2021 — Delegates met."), undefined);
    });
  });
});
