// The body of POST /api/extract and /api/documents, checked before anything reads it: a malformed body
// (not JSON, `null`, a number where a string belongs) is the client's mistake, a 400 with a code.
import type { Context } from "hono";
import { z } from "zod";
import type { RawDocument } from "../ingest/raw-document.js";
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

/** A report to store: its text, or the address to fetch it from (the writer does, in write-report.ts). */
export type PostedReport = { raw: RawDocument } | { url: string; meta: RawDocument["meta"] };

/** POST /api/extract: the report's own text; an open route must not fetch pages for anyone who asks. */
export async function readReport(c: Context): Promise<RawDocument> {
  return toRawDocument(await readBody(c));
}

/** POST /api/documents (behind the write token): the text, or only a URL, fetched later by fetchPostedReport. */
export async function readPostedReport(c: Context): Promise<PostedReport> {
  const body = await readBody(c);
  if (!body.text?.trim() && !body.html?.trim() && body.url?.trim())
    return { url: body.url.trim(), meta: { published: checkedDate(body.published), title: body.title || undefined } };
  return { raw: toRawDocument(body) };
}

async function readBody(c: Context): Promise<z.infer<typeof REPORT>> {
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
  return parsed.data;
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
