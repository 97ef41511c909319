// The HTTP API and the web page (Hono). Reads need nothing; writes need the bearer token.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { timingSafeEqual } from "node:crypto";
import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { CONFIG } from "../config.js";
import { SitrepError } from "../errors.js";
import { createExtractPool, type ExtractPool } from "../extract/extract-pool.js";
import type { RawDocument, SkippedInput } from "../ingest/raw-document.js";
import { ingestDocuments } from "../ingest-documents.js";
import { projectRoot } from "../paths.js";
import { decideDecline } from "../decline.js";
import { publicDocument } from "../store/public-document.js";
import type { Store } from "../store/store.js";
import { checkHost } from "./check-host.js";
import { HttpError } from "./http-error.js";
import { OPENAPI } from "./openapi.js";
import { readReport } from "./read-report.js";

export type AppOptions = {
  store: Store;
  token: string;
  /** The extraction workers (made here when not given); requests extract in them, so the server keeps answering. */
  pool?: ExtractPool;
  /** Host names the server answers to beyond localhost and IP addresses (the --host it listens on, --allow-host). */
  hostNames?: readonly string[];
};

const WEB_FILES: Record<string, string> = { "/": "index.html", "/app.js": "app.js", "/style.css": "style.css" };
const CONTENT_TYPES: Record<string, string> = { html: "text/html; charset=utf-8", js: "text/javascript; charset=utf-8", css: "text/css; charset=utf-8" };

export function createApp({ store, token, pool = createExtractPool(), hostNames = [] }: AppOptions): Hono {
  const app = new Hono();
  app.use("*", checkHost(hostNames));
  const maxSize = CONFIG.apiMaxBodyBytes;
  app.use("/api/*", bodyLimit({ maxSize, onError: () => { throw new HttpError(413, "body-too-large", `request body over ${maxSize} bytes`); } }));
  // Scraped text is shown in the page: forbid every script but our own, and any framing.
  app.use("*", async (c, next) => {
    await next();
    c.header("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'");
    c.header("X-Content-Type-Options", "nosniff");
  });

  for (const [route, file] of Object.entries(WEB_FILES)) {
    app.get(route, async (c) => c.body(await readFile(join(projectRoot(), "web", file), "utf8"), 200, { "Content-Type": CONTENT_TYPES[file.split(".").pop()!] }));
  }
  app.get("/favicon.ico", (c) => c.body(null, 204));
  app.get("/openapi.json", (c) => c.json(OPENAPI));
  app.get("/api/health", (c) => c.json({ ok: true }));
  app.get("/api/events", async (c) => c.json(await store.listEvents({ documentId: c.req.query("document") })));
  app.get("/api/claims", async (c) => c.json(await store.listClaims({ documentId: c.req.query("document") })));
  app.get("/api/incidents", async (c) => c.json(await store.listIncidents()));
  app.get("/api/documents", async (c) => c.json((await store.listDocuments()).map(publicDocument)));
  app.get("/api/documents/:id", async (c) => {
    const stored = await store.getDocument(c.req.param("id"));
    if (!stored) throw new HttpError(404, "not-found", `no document ${c.req.param("id")}`);
    return c.json({ document: publicDocument(stored.row), text: stored.text, layers: stored.layers, events: await store.listEvents({ documentId: stored.row.document_id }) });
  });

  app.post("/api/extract", async (c) => {
    const raw = await readReport(c);
    const cleaned = await pool.clean(raw, { published: raw.meta.published });
    if ("skipped" in cleaned) throw skipError(cleaned.skipped);
    // As ingest does: events read from another language's text would be noise, not findings.
    const declined = decideDecline({ language: cleaned.doc.meta.language, languageBy: cleaned.doc.meta.languageBy });
    if (declined) throw new HttpError(422, "unsupported-language", declined.detail); // the only reason a language alone gives
    const annotated = await pool.annotate(cleaned.doc);
    if ("skipped" in annotated) throw skipError(annotated.skipped);
    const { doc, events } = annotated;
    return c.json({ document: { document_id: doc.id, ...doc.meta }, text: doc.text, layers: doc.layers, events });
  });

  app.post("/api/documents", async (c) => {
    requireToken(c, token);
    const raw = await readReport(c);
    const counts = await ingestDocuments(oneItem(raw), store, { published: raw.meta.published, pool });
    return c.json({ counts, documents: (await store.listDocuments()).map(publicDocument) });
  });

  app.onError((error, c) => {
    if (error instanceof HttpError) return c.json({ error: error.message, code: error.code }, error.status);
    if (error instanceof SitrepError && error.code === "not-found") return c.json({ error: error.message, code: error.code }, 404);
    // The cause goes to the server's log, not to the client: it may hold paths and internals.
    process.stderr.write(`sitrep serve: ${c.req.method} ${c.req.path} failed: ${(error as Error).stack ?? error}\n`);
    return c.json({ error: "internal error (see the server's log)", code: error instanceof SitrepError ? error.code : "internal" }, 500);
  });
  return app;
}

/** Over a budget is the server declining the work (413 too large, 503 out of time); anything else is the input's fault. */
function skipError(skipped: SkippedInput): HttpError {
  if (skipped.reason === "too-large") return new HttpError(413, "body-too-large", `too large: ${skipped.detail} (${skipped.reason})`);
  if (skipped.reason === "timeout") return new HttpError(503, "timeout", `over the time budget: ${skipped.detail} (${skipped.reason})`);
  return new HttpError(400, "no-usable-text", `no usable text: ${skipped.detail} (${skipped.reason})`);
}

async function* oneItem(raw: RawDocument) {
  yield { raw };
}

function requireToken(c: Context, token: string) {
  // Sliced, not matched with /^Bearer\s+(.+)$/: that pattern backtracks quadratically on a long run of blanks.
  const header = c.req.header("Authorization") ?? "";
  const given = /^Bearer\s/i.test(header) ? header.slice("Bearer ".length).trim() : "";
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  if (a.length !== b.length || !timingSafeEqual(a, b)) throw new HttpError(401, "unauthorized", "this endpoint writes to the store: send Authorization: Bearer <token>");
}
