import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createDoc, spansOf } from "../../doc.js";
import { buildPipeline } from "../../pipeline.js";
import { findSpeaker } from "./find-speaker.js";
import { EVENTS_SETTINGS, type EventsSettings } from "./settings.js";

// Sentences from the seed article (../shared/fixtures/seed-article.txt).
function speakers(text: string, settings: EventsSettings = EVENTS_SETTINGS) {
  const doc = buildPipeline().run(createDoc("s", text, { origin: "test", published: "2021-06-28" }));
  return spansOf(doc, "sentences").map((_, i) => {
    const speaker = findSpeaker(doc, i, settings);
    return (
      speaker && {
        value: speaker.value,
        evidence: speaker.evidence.map((e) => text.slice(e.start, e.end)),
        stated: speaker.stated,
      }
    );
  });
}

describe("events: findSpeaker reads the quotes layer", () => {
  it("an unnamed source keeps its words; a named one is cut to the name; a pronoun points back", () => {
    const found = speakers(
      "A US official said the airstrikes were carried out by Air Force F-15s and F-16s using precision guided munitions.\n\n“There is a strong consensus within the US and Iraqi intelligence communities that Kata’ib Hezbollah is the primary operator of sophisticated drones,” said Michael Knights of the Washington Institute for Near East Policy.\n\nAccording to his tally, he added, there have been at least eight drone attacks directed against US forces in Iraq since April 14.",
    );
    assert.equal(found[0]?.value, "A US official");
    assert.equal(found[1]?.value, "Michael Knights");
    assert.deepEqual(found[2], { value: "Michael Knights", evidence: ["Michael Knights", "his"], stated: false });
  });

  it("a pronoun points back no further than settings.speakerLookbackSentences", () => {
    const text =
      "Jane Roe, a police spokeswoman, said the road was closed.\n\nThe bridge was shut too.\n\nShe added that it would reopen.";
    assert.equal(speakers(text)[2]?.value, "Jane Roe");
    assert.equal(speakers(text, { ...EVENTS_SETTINGS, speakerLookbackSentences: 1 })[2], null);
  });

  it("a sentence without an attribution has no speaker", () => {
    assert.deepEqual(speakers("The airstrikes hit three operational and weapons storage facilities near the border."), [
      null,
    ]);
  });
});
