// The one decline policy: whether sitrep reads an input at all. Each caller passes what it knows at its step
// (decoding has the bytes, clean the text, ingest and the API the detected language, ingest the nearest stored
// copy) and gets back a reason with a detail, or undefined to go on. A declined input is a result, stored and
// counted (`{ status: "skipped", reason }`), never an exception. Called by decode-text (binary), clean
// (too-short; eval reaches it through processText), ingest (language, duplicate) and the API (language).
import { CONFIG } from "./config.js";

export type DeclineReason = "binary" | "too-short" | "unsupported-language" | "duplicate";
export type Decline = { reason: DeclineReason; detail: string; duplicateOf?: string };

export type DeclineFacts = {
  /** Raw bytes not declared as UTF-16 (UTF-16 text is full of NUL bytes). */
  bytes?: Uint8Array;
  /** Cleaned text. */
  text?: string;
  /** Detected (or stated) language, and who decided it. */
  language?: string;
  languageBy?: string;
  /** The id of a stored document this one nearly repeats. */
  nearDuplicateOf?: string | null;
};

export function decideDecline(facts: DeclineFacts): Decline | undefined {
  if (facts.bytes) {
    const sniffed = facts.bytes.subarray(0, CONFIG.binarySniffBytes);
    if (sniffed.includes(0)) return { reason: "binary", detail: "the file contains NUL bytes: it is binary, not text" };
    // Random or compressed bytes without a NUL still decode as windows-1252 "text"; control characters give them away.
    if (controlShare(sniffed) > CONFIG.binaryControlShare)
      return { reason: "binary", detail: "the file is full of control characters: it is binary, not text" };
  }
  if (facts.text !== undefined && facts.text.length < CONFIG.minTextChars) {
    return { reason: "too-short", detail: `${facts.text.length} characters of text after cleaning` };
  }
  if (!isSupportedLanguage(facts.language)) {
    const by = facts.languageBy ? ` (by ${facts.languageBy})` : "";
    return {
      reason: "unsupported-language",
      detail: `the text is in language "${facts.language}"${by}; sitrep reads English (--lang en if it is English)`,
    };
  }
  if (facts.nearDuplicateOf)
    return {
      reason: "duplicate",
      detail: `near-duplicate of ${facts.nearDuplicateOf}`,
      duplicateOf: facts.nearDuplicateOf,
    };
  return undefined;
}

/** sitrep's lexicons and patterns are English: other languages are stored but not extracted. "en-GB" is English. */
export function isSupportedLanguage(language: string | undefined): boolean {
  return language === undefined || CONFIG.supportedLanguages.includes(language.split(/[-_]/)[0].toLowerCase());
}

/** C0 control characters other than tab, line feed, form feed and carriage return, and DEL: absent from text. */
function controlShare(bytes: Uint8Array): number {
  let controls = 0;
  for (const byte of bytes)
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f)
      controls += 1;
  return bytes.length === 0 ? 0 : controls / bytes.length;
}
