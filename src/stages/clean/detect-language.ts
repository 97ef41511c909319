// The text, not the page's lang attribute, decides the language: templates often say lang="en" around
// a story in another language. franc-min (trigram profiles of 82 languages, MIT) returns ISO 639-3;
// we report the two-letter code where one exists.
import { franc } from "franc-min";
import { CONFIG } from "../../config.js";
import { readLexiconTable } from "../../lexicon.js";

const TWO_LETTER = new Map(readLexiconTable("languages/iso-639-3-to-1.tsv").map((row) => [row.iso639_3, row.iso639_1]));

/** BCP 47 language of the text, or undefined when it is too short or too mixed to tell. */
export function detectLanguage(text: string): string | undefined {
  // The start of a story is enough and keeps the cost flat on long pages.
  const code = franc(text.slice(0, CONFIG.languageSampleChars), { minLength: CONFIG.languageMinChars });
  return code === "und" ? undefined : (TWO_LETTER.get(code) ?? code);
}

/** sitrep's lexicons and patterns are English: other languages are stored but not extracted. */
export function isSupportedLanguage(language: string | undefined): boolean {
  return language === undefined || CONFIG.supportedLanguages.includes(language);
}
