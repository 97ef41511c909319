import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findCueChainStart, findCueVerbStarts } from "./find-cue-starts.js";
import { findCues, loadCueLexicon } from "./find-cues.js";

const lexicon = loadCueLexicon();

/** The cues the whole pattern finds when tried at every position: what findCues must return. */
function cuesByPatternAlone(text: string): [number, number][] {
  return [...text.matchAll(lexicon.cueRegex)].map((m) => [m.index, m.index + m[0].length]);
}

// Invented sentences: auxiliary chains, a cue after a quotation mark or a bracket, after a non-ASCII
// letter, "once again", an adverb in -ly, two cues in a row, nouns that are no cue, and verbs in -ly
// ("reply", "imply") that the pattern also reads as adverbs inside a chain of auxiliaries.
const SENTENCES = [
  "The governor said on Monday that the road would reopen.",
  "Officials have also repeatedly said the figures were wrong, and the mayor has not commented.",
  '"We will rebuild," the minister told reporters, adding that aid was on its way.',
  "According to witnesses, the convoy was hit twice; police once again denied it.",
  "He (has said) little since, but his aides doesn't think so and haven’t confirmed.",
  "Le maire éhas said nothing; naïvely reported figures were later disputed.",
  "The report's claims, their statements and the States said nothing of note.",
  "Residents say they fear more raids, say analysts, who warned of reprisals.",
  "The aides reply publicly said nothing, and the envoys imply, reply and firmly deny it.",
  "",
  "No cue here at all: 2024, 15 km, ...",
];

describe("quotes: cue starts", () => {
  it("findCues finds exactly what the cue pattern finds when tried at every position", () => {
    for (const text of SENTENCES) {
      const found = findCues(text, 0, text.length, lexicon).map((c): [number, number] => [c.start, c.end]);
      assert.deepEqual(found, cuesByPatternAlone(text), text);
    }
  });

  it("finds a cue verb's first word only as a whole ASCII word", () => {
    const text = "The unsaid word; he said, then Said and sayings.";
    assert.deepEqual(
      findCueVerbStarts(text, lexicon.firstWords).map((at) => text.slice(at, at + 4)),
      ["said"],
    );
  });

  it("moves back over auxiliaries before the verb, and stops at a word that is none", () => {
    const text = "Police have also said it.";
    assert.equal(findCueChainStart(text, text.indexOf("said"), lexicon), text.indexOf("have"));
    const quoted = 'The mayor, "has said" it.';
    assert.equal(findCueChainStart(quoted, quoted.indexOf("said"), lexicon), quoted.indexOf('"has'));
  });
});
