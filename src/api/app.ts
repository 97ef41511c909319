// The HTTP API and the web page (Hono). Reads need nothing; writes need the bearer token.
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { CONFIG } from "../config.js";
import { decideDecline } from "../decline.js";
import { SitrepError } from "../errors.js";
import { createExtractPool, type ExtractPool } from "../extract/extract-pool.js";
import type { SkippedInput } from "../ingest/raw-document.js";
import type { AddressPolicy } from "../ingest/resolve-checked-address.js";
import { BadFilterError } from "../store/event-filter.js";
import { publicDocument } from "../store/public-document.js";
import type { Store } from "../store/store.js";
import { STORE_FAULT_ADVICE, storeFaultOf } from "../store/store-faults.js";
import { checkHost } from "./check-host.js";
import { renderDocsPage } from "./docs-page.js";
import { addEventRoutes, readReview } from "./event-routes.js";
import { addExportRoute } from "./export-route.js";
import { HttpError } from "./http-error.js";
import { addListRoutes } from "./list-routes.js";
import { openApiSpec } from "./openapi.js";
import { limitRate, type RateLimit } from "./rate-limit.js";
import { readPostedReport, readReport } from "./read-report.js";
import { type ReportWriter, writeInThisThread } from "./report-writer.js";
import { requireToken } from "./require-token.js";
import { CSP, serveWebFiles } from "./web-files.js";

export type AppOptions = {
  store: Store;
  /** The write token; null opens writes, for a server bound to loopback only (serve without SITREP_TOKEN). */
  token: string | null;
  /** The extraction workers (made here when not given); requests extract in them, so the server keeps answering. */
  pool?: ExtractPool;
  /** Host names the server answers to beyond localhost and IP addresses (the --host it listens on, --allow-host). */
  hostNames?: readonly string[];
  /** Write requests per client (CONFIG.apiWriteRateLimit unless given). */
  writeRateLimit?: RateLimit;
  /** Which addresses a report given by URL may be fetched from: public ones only unless allowed (`serve --allow-private`). */
  fetchPolicy?: AddressPolicy;
  /** Where POST /api/documents writes (`serve` gives its write worker); without one, in this thread with `pool`. */
  writer?: ReportWriter;
};

export function createApp({
  store,
  token,
  pool = createExtractPool(),
  hostNames = [],
  writeRateLimit = CONFIG.apiWriteRateLimit,
  fetchPolicy = {},
  writer = writeInThisThread(store, pool, fetchPolicy),
}: AppOptions): Hono {
  const app = new Hono();
  app.use("*", checkHost(hostNames));
  const maxSize = CONFIG.apiMaxBodyBytes;
  // Only writes (extract, store) are limited: reads are cheap and the page polls them.
  app.on("POST", "/api/*", limitRate(writeRateLimit));
  app.use(
    "/api/*",
    bodyLimit({
      maxSize,
      onError: () => {
        throw new HttpError(413, "body-too-large", `request body over ${maxSize} bytes`);
      },
    }),
  );
  // Scraped text is shown in the page: forbid every script but our own, and any framing.
  app.use("*", async (c, next) => {
    await next();
    c.header("Content-Security-Policy", CSP);
    c.header("X-Content-Type-Options", "nosniff");
  });

  serveWebFiles(app);
  app.get("/favicon.ico", (c) => c.body(null, 204));
  app.get("/openapi.json", (c) => c.json(openApiSpec()));
  app.get("/docs", (c) => c.html(renderDocsPage(openApiSpec())));
  app.get("/api/health", (c) => c.json({ ok: true }));
  addEventRoutes(app, store, token);
  addListRoutes(app, store);
  addExportRoute(app, store);
  app.get("/api/incidents/:id", async (c) => c.json(await findIncident(store, c.req.param("id"))));
  app.post("/api/incidents/:id/review", async (c) => {
    requireToken(c, token);
    const input = await readReview(c);
    if (!(await store.reviewIncident(c.req.param("id"), input)))
      throw new HttpError(404, "not-found", `no incident ${c.req.param("id")}`);
    return c.json(await findIncident(store, c.req.param("id")));
  });
  app.get("/api/documents/:id", async (c) => {
    const stored = await store.getDocument(c.req.param("id"));
    if (!stored) throw new HttpError(404, "not-found", `no document ${c.req.param("id")}`);
    return c.json({
      document: publicDocument(stored.row),
      text: stored.text,
      layers: stored.layers,
      events: await store.listEvents({ documentId: stored.row.document_id }),
    });
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
    return c.json(await writer.write(await readPostedReport(c)));
  });

  app.onError((error, c) => {
    if (error instanceof HttpError) return c.json(errorBody(error.code, error.message), error.status);
    if (error instanceof BadFilterError) return c.json(errorBody("bad-filter", error.message), 400);
    if (error instanceof SitrepError && error.code === "not-found")
      return c.json(errorBody(error.code, error.message), 404);
    // The cause goes to the server's log, not to the client: it may hold paths and internals.
    process.stderr.write(`sitrep serve: ${c.req.method} ${c.req.path} failed: ${(error as Error).stack ?? error}\n`);
    // A full, read-only, locked or unreachable store is the server's state, not a bug: 503 with what to do.
    const fault = storeFaultOf(error);
    if (fault) return c.json(errorBody(fault, STORE_FAULT_ADVICE[fault]), 503);
    return c.json(
      errorBody(error instanceof SitrepError ? error.code : "internal", "internal error (see the server's log)"),
      500,
    );
  });
  return app;
}

/** Over a budget is the server declining the work (413 too large, 503 out of time); anything else is the input's fault. */
function skipError(skipped: SkippedInput): HttpError {
  if (skipped.reason === "too-large")
    return new HttpError(413, "body-too-large", `too large: ${skipped.detail} (${skipped.reason})`);
  if (skipped.reason === "timeout")
    return new HttpError(503, "timeout", `over the time budget: ${skipped.detail} (${skipped.reason})`);
  return new HttpError(400, "no-usable-text", `no usable text: ${skipped.detail} (${skipped.reason})`);
}

async function findIncident(store: Store, id: string) {
  const incident = await store.getIncident(id);
  if (!incident) throw new HttpError(404, "not-found", `no incident ${id}`);
  return incident;
}

/** The contract's error object: a stable code for programs, a message for people. */
function errorBody(code: string, message: string) {
  return { error: { code, message } };
}
