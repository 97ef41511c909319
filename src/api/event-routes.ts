// /api/events: the filtered, paged list; the timeline's daily summary; the map's GeoJSON; one event with
// its evidence, source, claims and review history; and the review itself (token). The summary and GeoJSON
// routes come before /:id so their names are not read as event ids.
import type { Context, Hono } from "hono";
import type { ReviewedEvent } from "../review/review-decision.js";
import { type EventQuery, GEOJSON_LIMIT, parseEventQuery } from "../store/event-filter.js";
import type { EventDetail } from "../store/events-store.js";
import type { Store } from "../store/store.js";
import { HttpError } from "./http-error.js";
import { describeIssues, requireJson } from "./read-report.js";
import { requireToken } from "./require-token.js";
import { REVIEW_REQUEST } from "./schemas.js";

export function addEventRoutes(app: Hono, store: Store, token: string | null): void {
  app.get("/api/events", async (c) => c.json(await store.queryEvents(parseEventQuery(c.req.query()))));
  app.get("/api/events/summary", async (c) => {
    const { sort: _sort, limit: _limit, cursor: _cursor, ...filter } = parseEventQuery(c.req.query());
    return c.json({ days: await store.summarizeEvents(filter) });
  });
  app.get("/api/events/geojson", async (c) =>
    c.json(toGeoJson((await store.queryEvents({ ...geoJsonQuery(c), hasCoordinates: true })).items)),
  );
  app.get("/api/events/:id", async (c) => c.json(await eventView(store, await findEvent(store, c.req.param("id")))));
  app.post("/api/events/:id/review", async (c) => {
    requireToken(c, token);
    const input = await readReview(c);
    if (!(await store.reviewEvent(c.req.param("id"), input)))
      throw new HttpError(404, "not-found", `no event ${c.req.param("id")}`);
    return c.json(await eventView(store, await findEvent(store, c.req.param("id"))));
  });
}

/** The map asks for more than a page: its own limit (default 10,000, at most 50,000), no cursor. */
function geoJsonQuery(c: Context): EventQuery {
  const { limit, ...rest } = c.req.query();
  const query = parseEventQuery(rest);
  const wanted = limit === undefined ? GEOJSON_LIMIT.default : Number(limit);
  if (!Number.isInteger(wanted) || wanted < 1 || wanted > GEOJSON_LIMIT.max)
    throw new HttpError(400, "bad-filter", `limit: a whole number from 1 to ${GEOJSON_LIMIT.max}`);
  return { ...query, limit: wanted };
}

async function findEvent(store: Store, id: string): Promise<EventDetail> {
  const detail = await store.getEventDetail(id);
  if (!detail) throw new HttpError(404, "not-found", `no event ${id}`);
  return detail;
}

/** The event with what the page shows beside it, including the incident it was merged into (to review that too). */
async function eventView(store: Store, detail: EventDetail) {
  const evidence = Object.entries(detail.extracted.evidence).flatMap(([field, spans]) =>
    spans.map((s) => ({ field, ...s })),
  );
  return {
    event: detail.event,
    extracted: detail.extracted,
    document: detail.document,
    evidence,
    claims: detail.claims,
    history: detail.history,
    incident: await findHoldingIncident(store, detail.event.event_id),
  };
}

async function findHoldingIncident(store: Store, eventId: string) {
  const [holding] = await store.listIncidentsHolding([eventId]);
  return holding ? store.getIncident(holding.incident_id) : null;
}

/** The body of a review request, for events and incidents alike. */
export async function readReview(c: Context) {
  requireJson(c);
  const json = await c.req.json().catch(() => {
    throw new HttpError(
      400,
      "bad-json",
      'the body must be JSON: {"action": "confirm"|"edit"|"reject", "fields"?: {...}, "note"?: "...", "reviewer": "..."}',
    );
  });
  const parsed = REVIEW_REQUEST.safeParse(json);
  if (!parsed.success) throw new HttpError(400, "bad-request", `review: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

function toGeoJson(events: ReviewedEvent[]) {
  return {
    type: "FeatureCollection" as const,
    features: events.map((e) => ({
      type: "Feature" as const,
      geometry: { type: "Point" as const, coordinates: [e.longitude!, e.latitude!] },
      properties: {
        event_id: e.event_id,
        event_date: e.event_date,
        event_type: e.event_type,
        sub_event_type: e.sub_event_type,
        actor1: e.actor1,
        actor2: e.actor2,
        location: e.location,
        admin1: e.admin1,
        country: e.country,
        fatalities_best: e.fatalities_best,
        geo_precision: e.geo_precision,
        review_status: e.review?.status ?? "unreviewed",
      },
    })),
  };
}
