import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { needsSeedArticle, readInventedReport, readSeedArticle } from "../../testing/fixtures.js";
import { findSentences, loadSentenceLexicons } from "./index.js";

const LEXICONS = loadSentenceLexicons();

function sentencesOf(text: string): string[] {
  return findSentences(text, LEXICONS).map((s) => text.slice(s.start, s.end));
}

describe("sentences", () => {
  describe("seed article", needsSeedArticle(), () => {
    const text = readSeedArticle();
    const sentences = sentencesOf(text);

    it('does not break after "Mr." before a name', () => {
      assert.ok(
        sentences.includes(
          "Mr. Knights noted that the Trump administration carried out airstrikes on militia rocket storage and testing facilities in March 2020.",
        ),
      );
    });

    it('does not break inside "6 p.m. Eastern time"', () => {
      assert.ok(
        sentences.some(
          (s) => s.startsWith("There were no immediate reports") && s.endsWith("early Monday in the area."),
        ),
      );
    });

    it("keeps the headline apart from the first paragraph", () => {
      assert.equal(sentences[0], "US conducts airstrikes in Syria and Iraq against Iranian-backed militias");
      assert.ok(sentences[1].startsWith("WASHINGTON"));
    });
  });

  it("keeps an invented report's headline apart from its dateline paragraph; spans are trimmed and point into the text", () => {
    const text = readInventedReport();
    const sentences = sentencesOf(text);
    assert.equal(sentences[0], "Drone strike kills four militants near Kirkuk, Iraqi army says");
    assert.ok(sentences[1].startsWith("KIRKUK, Iraq –") && sentences[1].endsWith("said in a statement."), sentences[1]);
    for (const s of findSentences(text, LEXICONS)) {
      assert.equal(text.slice(s.start, s.end).trim(), text.slice(s.start, s.end));
      assert.ok(s.end > s.start);
    }
  });

  it('reads the abbreviations it is given: without "Gen" in the list, "Gen. Smith" splits', () => {
    const text = "The strike was ordered by Gen. Smith on Sunday.";
    assert.equal(findSentences(text, LEXICONS).length, 1);
    assert.equal(findSentences(text, { abbreviations: new Set(["Mr"]) }).length, 2);
  });

  describe("negative cases", () => {
    it("splits two sentences ending in a.m. and a capitalised pronoun", () => {
      const t = "The blast came at 5 a.m. It killed three people.";
      assert.equal(findSentences(t, LEXICONS).length, 2);
    });
    it("finds nothing in white space", () => {
      assert.deepEqual(findSentences("  \n\n ", LEXICONS), []);
    });
  });
});
