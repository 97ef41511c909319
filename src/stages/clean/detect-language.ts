// The text, not the page's lang attribute, decides the language: templates often say lang="en" around
// a story in another language. franc-min (trigram profiles of 82 languages, MIT) returns ISO 639-3;
// we report the two-letter code where one exists. On a sentence or two franc is unreliable (one-sentence
// English reports came out Swedish), so a short text is first read for English words; the page's lang
// attribute only speaks when franc cannot guess at all, and a text nobody can place is read as English.
import { franc } from "franc-min";
import type { CleanLexicons } from "./clean-lexicons.js";
import type { CleanSettings } from "./settings.js";

export type LanguageLexicons = Pick<CleanLexicons, "twoLetterLanguages" | "englishWords">;
type LanguageSettings = Pick<
  CleanSettings,
  "languageSampleChars" | "languageReliableChars" | "languageEnglishWordShare" | "languageMinChars"
>;

/** Which rule named the language: given by the user or the input, trigrams, English words, the page, or none. */
export type LanguageRule = "given" | "trigrams" | "english-words" | "page-lang" | "default";
export type DetectedLanguage = { language: string; by: LanguageRule };

/** BCP 47 language of the text; `pageLanguage` is the page's lang attribute, if any. */
export function detectLanguage(
  text: string,
  lexicons: LanguageLexicons,
  settings: LanguageSettings,
  pageLanguage?: string,
): DetectedLanguage {
  // The start of a story is enough and keeps the cost flat on long pages.
  const sample = text.slice(0, settings.languageSampleChars);
  if (
    sample.length < settings.languageReliableChars &&
    shareOfEnglishWords(sample, lexicons.englishWords) >= settings.languageEnglishWordShare
  ) {
    return { language: "en", by: "english-words" };
  }
  const code = franc(sample, { minLength: settings.languageMinChars });
  if (code !== "und") return { language: lexicons.twoLetterLanguages.get(code) ?? code, by: "trigrams" };
  if (pageLanguage) return { language: pageLanguage, by: "page-lang" };
  return { language: "en", by: "default" };
}

/** Share of the words of a text that are English marker words (0 for a text without words). */
export function shareOfEnglishWords(text: string, englishWords: ReadonlySet<string>): number {
  const words = text.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? [];
  if (words.length === 0) return 0;
  return words.filter((word) => englishWords.has(word)).length / words.length;
}
