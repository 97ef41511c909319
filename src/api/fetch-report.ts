// A report given only by its address (the ingest panel's URL field): the server fetches the page through
// the ingest fetcher, so the same guards hold as for `sitrep ingest URL`: private, loopback and link-local
// addresses refused unless the server allows them (`serve --allow-private`), robots.txt, the byte cap and
// the deadline. A redirect to another host comes back from fetchDocument as a new job; it is followed here,
// within the fetcher's redirect limit, since there is no crawl queue to put it in.
import { CONFIG } from "../config.js";
import type { ExtractPool } from "../extract/extract-pool.js";
import { createRobotsCheck } from "../ingest/check-robots.js";
import { fetchDocument } from "../ingest/fetch-document.js";
import type { RawDocument } from "../ingest/raw-document.js";
import type { FetchJob } from "../ingest/read-feed.js";
import type { AddressPolicy } from "../ingest/resolve-checked-address.js";
import { HttpError } from "./http-error.js";

export async function fetchReport(url: string, meta: RawDocument["meta"], policy: AddressPolicy): Promise<RawDocument> {
  const robots = createRobotsCheck(policy);
  let job: FetchJob = { url, meta };
  for (let hop = 0; hop <= CONFIG.maxRedirects; hop++) {
    const { items, jobs } = await fetchDocument(job, { ...policy, robots });
    const [item] = items;
    if (!item && jobs.length === 1 && jobs[0].redirect) {
      job = jobs[0];
      continue;
    }
    if (items.length !== 1 || jobs.length > 0)
      throw new HttpError(422, "not-a-page", `${url} is a feed, not a report: ingest it with \`sitrep ingest\``);
    if ("skipped" in item)
      throw new HttpError(
        422,
        "fetch-failed",
        `could not fetch ${url}: ${item.skipped.detail} (${item.skipped.reason})`,
      );
    return item.raw;
  }
  throw new HttpError(422, "fetch-failed", `could not fetch ${url}: more than ${CONFIG.maxRedirects} redirects`);
}

/**
 * A fetched page must give its publication date when the request gave none: relative dates ("Sunday") are
 * read from it, and an undated page would store its events silently undated. The page is cleaned once here
 * to find out before anything is stored (ingest cleans it again; cleaning is cheap beside annotating).
 */
export async function requirePageDate(raw: RawDocument, pool: ExtractPool): Promise<void> {
  if (raw.meta.published) return;
  const cleaned = await pool.clean(raw, {});
  // A page cleaning declines is ingest's to report, with its reason.
  if ("skipped" in cleaned || cleaned.doc.meta.published) return;
  throw new HttpError(
    422,
    "no-published-date",
    `${raw.origin} does not give its publication date: enter it ("published") and send again`,
  );
}
