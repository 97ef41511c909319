// /api/incidents, /api/claims, /api/documents: the same { items, next_cursor } pages as /api/events, each
// with the filters that apply to it (lists-store.ts); an unknown filter is a 400, never ignored.
import type { Hono } from "hono";
import { CLAIM_QUERY, DOCUMENT_QUERY, INCIDENT_QUERY, parseListQuery } from "../store/lists-store.js";
import type { Store } from "../store/store.js";

export function addListRoutes(app: Hono, store: Store): void {
  app.get("/api/incidents", async (c) =>
    c.json(await store.queryIncidents(parseListQuery(INCIDENT_QUERY, c.req.query()))),
  );
  app.get("/api/claims", async (c) => c.json(await store.queryClaims(parseListQuery(CLAIM_QUERY, c.req.query()))));
  app.get("/api/documents", async (c) =>
    c.json(await store.queryDocuments(parseListQuery(DOCUMENT_QUERY, c.req.query()))),
  );
}
