// Page metadata, strongest source first: schema.org JSON-LD, then Open Graph / article meta tags, then
// common CMS meta names, then the page itself (<time>, rel=author, the URL's /yyyy/mm/dd/ path).
// Dates are kept as the page writes them (ISO 8601 with its zone when it has one); never invented.
import type { SourceMeta } from "../../doc.js";
import { readBylineDate } from "./read-byline-date.js";
import { readJsonLdArticle } from "./read-json-ld.js";
import type { CleanSettings } from "./settings.js";

const PUBLISHED_META = [
  'meta[property="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="sailthru.date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="date"]',
];
const AUTHOR_META = [
  'meta[name="author"]',
  'meta[property="article:author"]',
  'meta[name="parsely-author"]',
  'meta[name="sailthru.author"]',
];

type MetadataSettings = Pick<CleanSettings, "authorNameMaxChars" | "bylineDateMaxChars">;

/** `authorNameMaxChars`: a longer author string is a sentence or a tag list, not a name. */
export function readMetadata(document: Document, settings: MetadataSettings): Partial<SourceMeta> {
  const ld = readJsonLdArticle(document);
  const content = (selector: string) => document.querySelector(selector)?.getAttribute("content")?.trim() || undefined;
  const first = (selectors: string[]) => selectors.map(content).find(Boolean);
  const canonicalUrl =
    document.querySelector('link[rel="canonical"]')?.getAttribute("href")?.trim() ||
    content('meta[property="og:url"]') ||
    ld?.url;
  return {
    title:
      content('meta[property="og:title"]') ??
      ld?.headline ??
      content('meta[name="twitter:title"]') ??
      (document.querySelector("title")?.textContent?.trim() || undefined),
    authors: pickAuthors(ld?.authors ?? [], AUTHOR_META.map(content), document, settings.authorNameMaxChars),
    publisher: content('meta[property="og:site_name"]') ?? ld?.publisher ?? content('meta[name="application-name"]'),
    published:
      ld?.datePublished ??
      first(PUBLISHED_META) ??
      timeElementDate(document) ??
      urlDate(canonicalUrl) ??
      readBylineDate(document, settings.bylineDateMaxChars),
    url: canonicalUrl,
    canonicalUrl,
    language: document.documentElement?.getAttribute("lang")?.trim() || undefined,
  };
}

function pickAuthors(
  fromLd: string[],
  fromMeta: (string | undefined)[],
  document: Document,
  maxChars: number,
): string[] | undefined {
  const relAuthor = Array.from(document.querySelectorAll('a[rel="author"]')).map((a) => a.textContent?.trim() ?? "");
  const names = [...fromLd, ...fromMeta.filter((v): v is string => !!v && !/^https?:/.test(v)), ...relAuthor]
    .flatMap((name) => name.split(/(?:(?<!\s)\s+)?(?:,|\band\b|&)\s*/))
    .map((name) => name.replace(/^by\s+/i, "").trim())
    .filter((name) => name.length > 1 && name.length < maxChars);
  const unique = [...new Map(names.map((n) => [n.toLowerCase(), n])).values()];
  return unique.length ? unique : undefined;
}

/** <time datetime> marked as the publication time, else the first inside the article, else any. In that order
 * of trust, not of the page: one selector list would return the first match in the page, and a masthead's
 * "today" or a rail's story dates often come before the article's own. */
const TIME_SELECTORS = ["time[pubdate][datetime]", "article time[datetime]", "time[datetime]"];

function timeElementDate(document: Document): string | undefined {
  for (const selector of TIME_SELECTORS) {
    const value = document.querySelector(selector)?.getAttribute("datetime")?.trim();
    if (value) return value;
  }
  return undefined;
}

/** News URLs often carry the day: /2019/11/18/ or /2019-11-18- (a date, no time: the day only). */
export function urlDate(url: string | undefined): string | undefined {
  const match = url && /\/((?:19|20)\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:[/-]|$)/.exec(url);
  return match ? `${match[1]}-${match[2]}-${match[3]}` : undefined;
}
