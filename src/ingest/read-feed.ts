// RSS, Atom, RDF and JSON Feed -> one fetch job per item link (title, date and author kept as raw meta), or a
// document straight from the item when it has no link but carries its full content. One broken item is one
// skipped entry; the rest of the feed goes on.
import { parseFeed } from "feedsmith";
import type { SourceMeta } from "../doc.js";
import type { IngestItem, SourceExtras } from "./raw-document.js";
import { toIsoDate } from "./to-iso-date.js";

export type FetchJob = {
  url: string;
  meta: Partial<SourceMeta> & SourceExtras;
  /** The item's own content, used when its link cannot be fetched (a paywall, a dead link). */
  fallback?: { kind: "html" | "text"; content: string };
  /** Set when a redirect to another host made this job: the URL first asked for, and the hops so far. */
  redirect?: { from: string; hops: number };
};

export type FeedContents = { items: IngestItem[]; jobs: FetchJob[] };

/** A feed by its content, whatever the file is called: an XML root rss / feed / rdf:RDF, or a JSON Feed version. */
export function looksLikeFeed(text: string): boolean {
  const start = text.replace(/^\uFEFF/, "").trimStart();
  if (start.startsWith("{")) return /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//.test(start.slice(0, 2000));
  // Skip the XML declaration, processing instructions, comments and a doctype before the root element.
  const root = start.replace(/^(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*/i, "");
  return /^<(?:rss|feed|(?:rdf:)?RDF)[\s>]/i.test(root);
}

/** `origin` names the feed; `baseUrl` resolves relative item links (a local feed file has none). */
export function readFeed(text: string, origin: string, baseUrl?: string): FeedContents {
  let parsed: { format: string; feed: unknown };
  try {
    parsed = parseFeed(text.replace(/^\uFEFF/, "")) as { format: string; feed: unknown };
  } catch (error) {
    return {
      items: [{ skipped: { origin, reason: "bad-feed", detail: `not a readable feed: ${(error as Error).message}` } }],
      jobs: [],
    };
  }
  const feed = parsed.feed as Record<string, unknown>;
  const entries = (parsed.format === "atom" ? feed.entries : feed.items) as Record<string, unknown>[] | undefined;
  const contents: FeedContents = { items: [], jobs: [] };
  (entries ?? []).forEach((entry, index) =>
    addEntry(contents, readEntry(entry), `${origin}#item-${index + 1}`, origin, baseUrl),
  );
  return contents;
}

type Entry = { link?: string; title?: string; date?: string; author?: string; html?: string; text?: string };

function addEntry(contents: FeedContents, entry: Entry, where: string, feed: string, baseUrl?: string): void {
  // An unreadable date goes on raw, for clean to pass over with a note instead of dropping it unsaid.
  const meta = {
    title: entry.title,
    published: toIsoDate(entry.date) ?? entry.date,
    authors: entry.author ? [entry.author] : undefined,
    feed,
  };
  const fallback = entry.html
    ? { kind: "html" as const, content: entry.html }
    : entry.text
      ? { kind: "text" as const, content: entry.text }
      : undefined;
  if (entry.link) {
    const url = resolveHttpUrl(entry.link, baseUrl);
    if (url) contents.jobs.push({ url, meta: { ...meta, url }, ...(fallback ? { fallback } : {}) });
    else
      contents.items.push({
        skipped: { origin: where, reason: "bad-feed-item", detail: `item link "${entry.link}" is not an http(s) URL` },
      });
    return;
  }
  if (fallback) contents.items.push({ raw: { origin: where, ...fallback, meta } });
  else
    contents.items.push({
      skipped: { origin: where, reason: "bad-feed-item", detail: "the item has neither a link nor content" },
    });
}

/** The fields sitrep needs, read from whichever of the RSS, Atom, RDF or JSON Feed shapes feedsmith returned. */
function readEntry(e: Record<string, any>): Entry {
  const atomLink = (e.links as { href?: string; rel?: string }[] | undefined)?.find(
    (l) => !l.rel || l.rel === "alternate",
  )?.href;
  const permalinkGuid =
    e.guid && e.guid.isPermaLink !== false && /^https?:/i.test(e.guid.value ?? "") ? e.guid.value : undefined;
  return {
    link: text(e.link) ?? atomLink ?? text(e.url) ?? text(e.external_url) ?? permalinkGuid,
    title: text(e.title) ?? text(e.title?.value) ?? text(e.dc?.titles?.[0]),
    date: text(e.pubDate) ?? text(e.published) ?? text(e.date_published) ?? text(e.dc?.dates?.[0]) ?? text(e.updated),
    author: text(e.authors?.[0]?.name) ?? text(e.authors?.[0]) ?? text(e.dc?.creators?.[0]) ?? text(e.author?.name),
    html: text(e.content?.encoded) ?? text(e.content?.value) ?? text(e.content_html),
    text: text(e.content_text),
  };
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

function resolveHttpUrl(link: string, baseUrl?: string): string | undefined {
  try {
    const url = new URL(link, baseUrl);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}
