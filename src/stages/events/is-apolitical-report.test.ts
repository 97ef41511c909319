// Arrests in a report with no political actor, target or motive are police work, not the political arrests
// ACLED codes (issue 18). Invented reports through the real pipeline; the negative cases keep the arrests of
// activists and journalists.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processDoc, triggerWordsOf } from "../../testing/process-doc.js";

// Six sentences or more: a shorter snippet shows no register (settings.registerMinSentences).
const FILLER = [
  "The case has drawn wide attention in the region.",
  "Officials gave no further details.",
  "A court hearing is expected next month.",
  "The newspaper did not name its sources.",
  "Neighbours described the man as quiet.",
];
const triggersOf = (lead: string): string[] => triggerWordsOf(processDoc([lead, ...FILLER].join(" "), "2021-06-28"));

describe("events: arrests in an apolitical report", () => {
  it("a sportsman held after a brawl is no political arrest", () => {
    assert.deepEqual(
      triggersOf("A 40-year-old footballer was arrested in Madrid on Sunday after a brawl in a bar, police said."),
      [],
    );
  });

  it("a man charged with theft is no political arrest", () => {
    const lead =
      "Spanish authorities have arrested and charged a German man for stealing paintings from a museum, a prosecutor said on Friday.";
    assert.deepEqual(triggersOf(lead), []);
  });

  describe("negative cases", () => {
    it("opposition activists arrested stay an event", () => {
      assert.deepEqual(
        triggersOf("Police arrested twenty opposition activists in the capital on Friday, their party said."),
        ["arrested"],
      );
    });

    it("a journalist arrested after criticising the governor stays an event", () => {
      const lead =
        "Security forces arrested a prominent journalist in Lagos on Friday after he criticised the governor.";
      assert.deepEqual(triggersOf(lead), ["arrested"]);
    });
  });
});
