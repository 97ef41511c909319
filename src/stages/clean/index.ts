// Clean: the only step that makes text. RawDocument -> Doc (or a skipped result with its reason).
import { createHash } from "node:crypto";
import { CONFIG } from "../../config.js";
import { decideDecline } from "../../decline.js";
import { createDoc, type Doc, type SourceMeta } from "../../doc.js";
import type { RawDocument, SkippedInput } from "../../ingest/raw-document.js";
import { readDatelineYearDay } from "../../text/dateline-date.js";
import { type CleanLexicons, loadCleanLexicons } from "./clean-lexicons.js";
import { findBoilerplateStart, findOriginalPublisher } from "./cut-boilerplate.js";
import { type DetectedLanguage, detectLanguage } from "./detect-language.js";
import { dropBoilerplateLines } from "./drop-boilerplate-lines.js";
import { dropRepeatedQuotes } from "./drop-repeated-quotes.js";
import { extractArticle } from "./extract-article.js";
import { flattenDeepHtml } from "./flatten-deep-html.js";
import { pickPublished } from "./pick-published.js";
import { CLEAN_SETTINGS, type CleanSettings } from "./settings.js";

export type CleanOptions = {
  /** Publication date given by the user; used when the source carries none. */
  published?: string;
  /** Language given by the user (--lang) for every document without one of its own: no detection. */
  language?: string;
};

/** `notes`: what the run should tell the user about this document (an unreadable date passed over). */
export type CleanResult = { doc: Doc; notes?: string[] } | { skipped: SkippedInput };

/** Raw document -> Doc or skipped, with clean's lexicons and settings fixed when it was made. */
export type Cleaner = (raw: RawDocument, options?: CleanOptions) => CleanResult;

type CleanContext = { lexicons: CleanLexicons; settings: CleanSettings };

/** A cleaner over lexicons loaded once (loadResources().clean); tests may pass small ones. */
export function createCleaner(lexicons: CleanLexicons, settings: CleanSettings = CLEAN_SETTINGS): Cleaner {
  return (raw, options = {}) => clean(raw, options, { lexicons, settings });
}

/** One document with the default settings and no cleaner at hand (tests, one-off scripts): it reads clean's
 * lexicons on every call, so a run over many documents makes one createCleaner instead. */
export function cleanRawDocument(raw: RawDocument, options: CleanOptions = {}): CleanResult {
  return createCleaner(loadCleanLexicons())(raw, options);
}

function clean(raw: RawDocument, options: CleanOptions, { lexicons, settings }: CleanContext): CleanResult {
  const overCap = findOverCap(raw);
  if (overCap) return { skipped: { origin: raw.origin, reason: "too-large", stage: "clean", detail: overCap } };
  const extracted =
    raw.kind === "html"
      ? extractArticle(flattenDeepHtml(raw.content).html, lexicons, settings)
      : { text: raw.content, meta: {} };
  if (extracted.text.length > CONFIG.maxTextChars) {
    return {
      skipped: {
        origin: raw.origin,
        reason: "too-large",
        stage: "clean",
        detail: `${extracted.text.length} characters of text after extraction, over the ${CONFIG.maxTextChars}-character limit`,
      },
    };
  }
  const normalised = normaliseText(extracted.text);
  const cut = findBoilerplateStart(normalised, lexicons.trailingLines, settings);
  // Furniture lines only come from HTML pages; a plain-text report is taken as written, except its pull quotes.
  const kept = normalised.slice(0, cut);
  const body = raw.kind === "html" ? dropBoilerplateLines(kept, lexicons.dropLines, settings.dropLineMaxChars) : kept;
  const text = normaliseText(dropRepeatedQuotes(body, settings));
  const declined = decideDecline({ text });
  if (declined)
    return { skipped: { origin: raw.origin, reason: declined.reason, stage: "clean", detail: declined.detail } };
  // The source's own date first (feed or JSONL, page metadata, then the dated dateline); the user's is the fallback.
  const { published, notes } = pickPublished([
    { from: "source", value: raw.meta.published },
    { from: "page metadata", value: extracted.meta.published },
    { from: "dateline", value: readDatelineYearDay(text, settings.datelineWindowChars) },
    { from: "--published", value: options.published },
  ]);
  const meta: SourceMeta = {
    ...dropUndefined(extracted.meta),
    ...dropUndefined(raw.meta),
    origin: raw.origin,
    published,
    title: raw.meta.title ?? extracted.meta.title ?? firstLineTitle(text, settings.titleMaxChars),
    originalPublisher: findOriginalPublisher(normalised.slice(cut), lexicons.originalPublisherLines),
    ...languageOf(text, raw, extracted.meta.language, options, { lexicons, settings }),
  };
  const doc = createDoc(contentHash(text), text, dropUndefined(meta) as SourceMeta);
  return notes.length > 0 ? { doc, notes } : { doc };
}

/** A language the input states (a JSONL "lang") or the user gives (--lang) wins over any guess from the text. */
function languageOf(
  text: string,
  raw: RawDocument,
  pageLanguage: string | undefined,
  options: CleanOptions,
  { lexicons, settings }: CleanContext,
): Pick<SourceMeta, "language" | "languageBy"> {
  const given = raw.meta.language ?? options.language;
  const found: DetectedLanguage = given
    ? { language: given, by: "given" }
    : detectLanguage(text, lexicons, settings, pageLanguage);
  return { language: found.language, languageBy: found.by };
}

/** Checked before any parsing: the cost of what follows grows with the length. */
function findOverCap(raw: RawDocument): string | undefined {
  const cap = raw.kind === "html" ? CONFIG.maxHtmlChars : CONFIG.maxTextChars;
  if (raw.content.length > cap)
    return `${raw.content.length} characters of ${raw.kind}, over the ${cap}-character limit`;
  return undefined;
}

/** Same text -> same id, whatever the source: the store keeps one copy. */
export function contentHash(text: string): string {
  return createHash("sha256").update(text.replace(/\s+/g, " ").trim()).digest("hex").slice(0, 16);
}

function normaliseText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, "\n")
      // The lookbehind starts a match only at the first blank of a run: without it a long run of blanks with
      // no newline after it is rescanned from every position (quadratic; 300 KB took 83 s).
      .replace(/(?<![ \t\u00a0])[ \t\u00a0]+\n/g, "\n")
      .replace(/\n{3,}/g, "\n\n")
      .trim()
  );
}

/** A plain-text report's first line is its headline when it is short and has no final full stop. */
function firstLineTitle(text: string, maxChars: number): string | undefined {
  const first = text.split("\n", 1)[0].trim();
  return first.length > 0 && first.length <= maxChars && !/[.!?]["”]?$/.test(first) ? first : undefined;
}

function dropUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
