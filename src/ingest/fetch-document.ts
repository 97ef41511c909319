// A fetch job -> what the URL holds: an HTML or text document, or a feed whose items become new jobs. The
// content type is checked before decoding, and the feed test looks at the content, since many servers label
// feeds text/xml, text/html or nothing at all.

import type { RobotsCheck } from "./check-robots.js";
import { decodeFetchedText, decodeHtml } from "./decode-text.js";
import { type Fetched, type FetchOptions, type FetchOutcome, fetchUrl } from "./fetch-url.js";
import { looksLikeHtml } from "./looks-like-html.js";
import type { RawDocument } from "./raw-document.js";
import { type FeedContents, type FetchJob, looksLikeFeed, readFeed } from "./read-feed.js";
import { toIsoDate } from "./to-iso-date.js";

type MediaClass = "html" | "text" | "feed" | "unknown";

const MEDIA_CLASSES: Record<string, MediaClass> = {
  "text/html": "html",
  "application/xhtml+xml": "html",
  "text/plain": "text",
  "application/rss+xml": "feed",
  "application/atom+xml": "feed",
  "application/rdf+xml": "feed",
  "application/feed+json": "feed",
  "application/xml": "feed",
  "text/xml": "feed",
  "application/json": "feed",
};

export type DocumentFetchOptions = FetchOptions & {
  /** The host's robots.txt rules; absent when the user said --ignore-robots. */
  robots?: RobotsCheck;
};

export async function fetchDocument(job: FetchJob, options: DocumentFetchOptions): Promise<FeedContents> {
  const verdict = options.robots ? await options.robots(job.url) : { allowed: true as const };
  const origin = job.redirect?.from ?? job.url;
  const fetchOptions = { ...options, stopAtOtherHost: true, hopsSoFar: job.redirect?.hops };
  const outcome: FetchOutcome = verdict.allowed
    ? await fetchUrl(job.url, fetchOptions)
    : { skipped: { origin, reason: "robots-disallowed", detail: verdict.detail } };
  // A redirect to another host is a new job for that host: its pause and its robots.txt apply.
  if ("redirected" in outcome)
    return {
      items: [],
      jobs: [{ ...job, url: outcome.redirected.to, redirect: { from: origin, hops: outcome.redirected.hops } }],
    };
  if ("skipped" in outcome) {
    // A feed item that carries its full content is still a document when its page cannot be had.
    if (job.fallback)
      return { items: [{ raw: { origin, ...job.fallback, meta: { ...job.meta, url: origin } } }], jobs: [] };
    return { items: [{ skipped: { ...outcome.skipped, origin } }], jobs: [] };
  }
  const fetched = outcome.fetched;
  const media = (fetched.contentType ?? "").split(";")[0].trim().toLowerCase();
  const mediaClass = media === "" ? "unknown" : MEDIA_CLASSES[media];
  if (!mediaClass) {
    return {
      items: [
        {
          skipped: {
            origin,
            reason: "unsupported-content-type",
            detail: `${fetched.finalUrl} is ${media}, not HTML, text or a feed`,
          },
        },
      ],
      jobs: [],
    };
  }
  const decoded =
    mediaClass === "text"
      ? decodeFetchedText(fetched.bytes, origin, fetched.contentType)
      : decodeHtml(fetched.bytes, origin, fetched.contentType);
  if ("skipped" in decoded) return { items: [decoded], jobs: [] };
  if (mediaClass !== "text" && looksLikeFeed(decoded.text)) return readFeed(decoded.text, origin, fetched.finalUrl);
  const kind = chooseKind(mediaClass, decoded.text);
  if (!kind) {
    return {
      items: [
        {
          skipped: {
            origin,
            reason: "unsupported-content-type",
            detail: `${fetched.finalUrl} is ${media} but not a feed`,
          },
        },
      ],
      jobs: [],
    };
  }
  return {
    items: [{ raw: { origin, kind, content: decoded.text, meta: describeFetch(job, origin, fetched) } }],
    jobs: [],
  };
}

/** XML or JSON that is not a feed is nothing sitrep reads; a response without a type is sniffed. */
function chooseKind(mediaClass: MediaClass, text: string): RawDocument["kind"] | null {
  if (mediaClass === "html" || mediaClass === "text") return mediaClass;
  if (mediaClass === "unknown") return looksLikeHtml(text) ? "html" : "text";
  return null;
}

/** The job's own meta (a feed item's title, date, author) plus what the HTTP exchange says. */
function describeFetch(job: FetchJob, origin: string, fetched: Fetched): RawDocument["meta"] {
  const meta: RawDocument["meta"] = { ...job.meta, url: origin };
  if (fetched.finalUrl !== origin) meta.finalUrl = fetched.finalUrl;
  const date = header(fetched, "date");
  const lastModified = header(fetched, "last-modified");
  if (date) meta.httpDate = toIsoDate(date) ?? date;
  if (lastModified) meta.lastModified = toIsoDate(lastModified) ?? lastModified;
  return meta;
}

function header(fetched: Fetched, name: string): string | undefined {
  const value = fetched.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
