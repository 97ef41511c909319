// The body of POST /api/extract and /api/documents, checked before anything reads it: a malformed body
// (not JSON, `null`, a number where a string belongs) is the client's mistake, a 400 with a code.
import type { Context } from "hono";
import { z } from "zod";
import type { ExtractPool } from "../extract/extract-pool.js";
import type { RawDocument } from "../ingest/raw-document.js";
import type { AddressPolicy } from "../ingest/resolve-checked-address.js";
import { fetchReport, requirePageDate } from "./fetch-report.js";
import { HttpError } from "./http-error.js";

const optionalText = z.string().optional();

const REPORT = z.object({
  text: optionalText,
  html: optionalText,
  published: optionalText,
  title: optionalText,
  url: optionalText,
  origin: optionalText,
});

const USAGE =
  '{"text": "..."}, {"html": "..."} or {"url": "https://..."}, with optional published, title, url, origin (strings)';

/** How a report given only by its URL is fetched: the server's address policy and its extraction workers. */
export type ReportFetching = { policy: AddressPolicy; pool: ExtractPool };

/** `fetching` only where the write token guards the route: an open route must not fetch pages for anyone who asks. */
export async function readReport(c: Context, fetching?: ReportFetching): Promise<RawDocument> {
  requireJson(c);
  let json: unknown;
  try {
    json = await c.req.json();
  } catch {
    throw new HttpError(400, "bad-json", `the body must be JSON: ${USAGE}`);
  }
  const parsed = REPORT.safeParse(json);
  if (!parsed.success)
    throw new HttpError(400, "bad-request", `the body must be ${USAGE}: ${describeIssues(parsed.error)}`);
  const body = parsed.data;
  if (fetching && !body.text?.trim() && !body.html?.trim() && body.url?.trim()) return fetchGivenUrl(body, fetching);
  return toRawDocument(body);
}

async function fetchGivenUrl(body: z.infer<typeof REPORT>, { policy, pool }: ReportFetching): Promise<RawDocument> {
  const published = checkedDate(body.published);
  const raw = await fetchReport(body.url!.trim(), { published, title: body.title || undefined }, policy);
  await requirePageDate(raw, pool);
  return raw;
}

/** A form or text/plain POST is a "simple" request any web page may send without asking (no CORS preflight):
 * only a JSON content type, which a page cannot set cross-origin unasked, is read. */
export function requireJson(c: Context): void {
  const type = (c.req.header("Content-Type") ?? "").split(";")[0].trim().toLowerCase();
  if (type !== "application/json")
    throw new HttpError(
      415,
      "unsupported-media-type",
      `send the report as Content-Type: application/json, not "${type || "none"}"`,
    );
}

function toRawDocument(body: z.infer<typeof REPORT>): RawDocument {
  const text = body.text?.trim() ? body.text : undefined;
  const html = body.html?.trim() ? body.html : undefined;
  if (!text && !html) throw new HttpError(400, "bad-request", 'give the report as "text", "html" or "url"');
  const published = checkedDate(body.published);
  return {
    origin: body.origin || "api",
    kind: text ? "text" : "html",
    content: (text ?? html)!,
    meta: { published, title: body.title || undefined, url: body.url || undefined },
  };
}

function checkedDate(given: string | undefined): string | undefined {
  if (given && Number.isNaN(new Date(given).getTime()))
    throw new HttpError(400, "bad-request", `"published" is not a date: ${given}`);
  return given || undefined;
}

export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => (issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message))
    .join("; ");
}
