// Invented one-sentence reports (written for this test, not taken from any corpus) and their translations.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isSupportedLanguage } from "../../decline.js";
import { loadCleanLexicons } from "./clean-lexicons.js";
import { detectLanguage, shareOfEnglishWords } from "./detect-language.js";
import { cleanRawDocument } from "./index.js";
import { CLEAN_SETTINGS } from "./settings.js";

const LEXICONS = loadCleanLexicons();
const detect = (text: string, pageLanguage?: string) => detectLanguage(text, LEXICONS, CLEAN_SETTINGS, pageLanguage);
const englishShare = (text: string) => shareOfEnglishWords(text, LEXICONS.englishWords);

const SHORT_ENGLISH = [
  "An air strike on a market in Idlib killed at least nine civilians on Friday, rescuers said.",
  "A car bomb exploded outside a bank in Kandahar on Sunday, wounding six people.",
  "Rebels seized two villages in the hills above Bunia after heavy fighting overnight.",
  "Security forces shot dead three suspected militants in a raid in Srinagar, police said.",
  "Armed men abducted a priest and two nuns from a mission near Enugu on Tuesday.",
  "Houthi drones struck an oil depot in Jizan, the coalition said in a statement.",
  "Clashes between rival factions in Tripoli left four fighters dead and eleven wounded.",
  "A landmine blast killed a shepherd and his son near the border town of Kassala.",
];

const SHORT_OTHER: [string, string][] = [
  ["es", "Un ataque aéreo contra un mercado de Idlib mató el viernes al menos a nueve civiles, según los socorristas."],
  ["fr", "Une frappe aérienne sur un marché d'Idlib a tué vendredi au moins neuf civils, selon les secouristes."],
  ["de", "Ein Luftangriff auf einen Markt in Idlib hat am Freitag mindestens neun Zivilisten getötet, sagten Retter."],
  ["sv", "En bilbomb exploderade utanför en bank i Kandahar på söndagen och skadade sex personer."],
];

describe("clean: language", () => {
  it("one-sentence English reports are English, by their English words", () => {
    for (const text of SHORT_ENGLISH) {
      assert.ok(text.length < CLEAN_SETTINGS.languageReliableChars);
      assert.deepEqual(detect(text), { language: "en", by: "english-words" }, text);
    }
  });

  it("a long English text is read by trigrams", () => {
    const text = SHORT_ENGLISH.join(" ");
    assert.ok(text.length >= CLEAN_SETTINGS.languageReliableChars);
    assert.deepEqual(detect(text), { language: "en", by: "trigrams" });
  });

  it("a page's lang attribute speaks only when the text is too short to guess; en-GB is English", () => {
    assert.deepEqual(detect("Kirkuk, Iraq — 12 Nov", "en-GB"), { language: "en-GB", by: "page-lang" });
    assert.equal(isSupportedLanguage("en-GB"), true);
    assert.deepEqual(detect("Kirkuk, Iraq — 12 Nov"), { language: "en", by: "default" });
  });

  it("a given language (--lang, a JSONL lang) is taken without detection", () => {
    const [, spanish] = SHORT_OTHER[0];
    const forced = cleanRawDocument({ origin: "x", kind: "text", content: spanish, meta: {} }, { language: "en" });
    assert.ok("doc" in forced);
    assert.deepEqual([forced.doc.meta.language, forced.doc.meta.languageBy], ["en", "given"]);
    const own = cleanRawDocument(
      { origin: "x", kind: "text", content: SHORT_ENGLISH[0], meta: { language: "fr" } },
      { language: "en" },
    );
    assert.ok("doc" in own);
    assert.equal(own.doc.meta.language, "fr", "the input's own tag wins over --lang");
  });

  describe("negative cases", () => {
    it("short non-English reports are still not English, and sitrep declines them", () => {
      for (const [expected, text] of SHORT_OTHER) {
        assert.ok(englishShare(text) < CLEAN_SETTINGS.languageEnglishWordShare, text);
        const found = detect(text);
        assert.deepEqual(found, { language: expected, by: "trigrams" }, text);
        assert.equal(isSupportedLanguage(found.language), false);
      }
    });
    it('a lang attribute does not outvote the text: lang="en" around Spanish is Spanish', () => {
      const html = `<html lang="en"><body><article><p>${SHORT_OTHER[0][1]}</p></article></body></html>`;
      const result = cleanRawDocument({ origin: "es.html", kind: "html", content: html, meta: {} });
      assert.ok("doc" in result);
      assert.equal(result.doc.meta.language, "es");
    });
    it("a text without words has no English share", () => {
      assert.equal(englishShare("12 — 14 / 2021"), 0);
    });
  });
});
