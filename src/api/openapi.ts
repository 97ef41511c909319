// The OpenAPI 3.1 description served at /openapi.json, generated from the zod schemas the server parses
// requests with (schemas.ts, the list filters), so the description and the server cannot disagree.
import { z } from "zod";
import { EVENT_QUERY, GEOJSON_LIMIT } from "../store/event-filter.js";
import { CLAIM_QUERY, DOCUMENT_QUERY, INCIDENT_QUERY } from "../store/lists-store.js";
import {
  ERROR_BODY,
  EVENT_DETAIL,
  EVENT_PAGE,
  GEOJSON,
  OBJECT_PAGE,
  REPORT_INPUT,
  REVIEW_REQUEST,
  STORED_REPORT,
  SUMMARY,
} from "./schemas.js";

const schema = (type: z.ZodType) => z.toJSONSchema(type, { io: "output", unrepresentable: "any" });
const json = (type: z.ZodType, description: string) => ({
  description,
  content: { "application/json": { schema: schema(type) } },
});

/** Query parameters from a query schema: its input side (strings), each optional. */
function queryParameters(query: z.ZodObject, descriptions: Record<string, string> = {}) {
  const input = z.toJSONSchema(query, { io: "input", unrepresentable: "any" }) as {
    properties?: Record<string, object>;
  };
  return Object.entries(input.properties ?? {}).map(([name, property]) => ({
    name,
    in: "query",
    required: false,
    schema: property,
    description: descriptions[name],
  }));
}

const FILTER_HELP: Record<string, string> = {
  from: "first day (YYYY-MM-DD, inclusive) of event_date",
  to: "last day (YYYY-MM-DD, inclusive)",
  country: "ISO 3166-1 alpha-3 code or country name",
  actor: "case-insensitive substring of actor1, actor2 or an associated actor",
  bbox: "west,south,east,north in decimal degrees",
  fatalities_min: "on fatalities_best; an unknown toll never passes",
  fatalities_max: "on fatalities_best; an unknown toll never passes",
  reviewed: "true: reviewed events (rejected ones included); false: unreviewed",
  status: "one review status; rejected events are hidden unless asked for here or by reviewed=true",
  q: "full-text search of the supporting sentence, actors and place (every word required)",
  document: "only events sourced from this document_id",
  sort: "default -event_date (newest first, undated last)",
  limit: "page size, default 100",
  cursor: "next_cursor of the previous page",
};

const errors = {
  "400": json(ERROR_BODY, "bad filter, cursor or body (codes bad-filter, bad-json, bad-request)"),
};
const writeErrors = {
  ...errors,
  "401": json(ERROR_BODY, "missing or wrong token (code unauthorized)"),
  "413": json(ERROR_BODY, "body over the size limit (code body-too-large)"),
  "415": json(ERROR_BODY, "not Content-Type: application/json (code unsupported-media-type)"),
};
const id = (name: string) => ({ name, in: "path", required: true, schema: { type: "string" } });
/** Built when asked for (it walks every schema), not when the server module loads. */
export function openApiSpec() {
  const eventFilters = queryParameters(EVENT_QUERY, FILTER_HELP);
  return {
    openapi: "3.1.0",
    info: {
      title: "sitrep",
      version: "0.1.0",
      description:
        "Sourced conflict-event records from news reports. Reads are open; writes need Authorization: Bearer <token>. Errors are { error: { code, message } }.",
    },
    components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" } } },
    paths: {
      "/api/events": {
        get: {
          summary: "Events, filtered, sorted and paged (reviewed values applied)",
          parameters: eventFilters,
          responses: { "200": json(EVENT_PAGE, "a page of events"), ...errors },
        },
      },
      "/api/events/summary": {
        get: {
          summary:
            "Events, fatalities and events by type per day of their first date (the timeline), with those dated to a range of days apart; same filters, no paging",
          parameters: eventFilters.filter((p) => !["sort", "limit", "cursor"].includes(p.name)),
          responses: { "200": json(SUMMARY, "days"), ...errors },
        },
      },
      "/api/events/geojson": {
        get: {
          summary: `Events with coordinates as GeoJSON points (limit default ${GEOJSON_LIMIT.default}, at most ${GEOJSON_LIMIT.max})`,
          parameters: [
            ...eventFilters.filter((p) => !["limit", "cursor"].includes(p.name)),
            { name: "limit", in: "query", required: false, schema: { type: "integer", maximum: GEOJSON_LIMIT.max } },
          ],
          responses: { "200": json(GEOJSON, "a FeatureCollection"), ...errors },
        },
      },
      "/api/export": {
        get: {
          summary:
            "Every event the filters match as a download: format acled-csv (default), csv, geojson, json or jsonl",
          parameters: [
            ...eventFilters.filter((p) => !["limit", "cursor"].includes(p.name)),
            {
              name: "format",
              in: "query",
              required: false,
              schema: { type: "string", enum: ["acled-csv", "csv", "geojson", "json", "jsonl"] },
            },
          ],
          responses: { "200": { description: "the file (Content-Disposition: attachment)" }, ...errors },
        },
      },
      "/api/events/{id}": {
        get: {
          summary: "One event: reviewed and extracted record, source document, evidence, claims, review history",
          parameters: [id("id")],
          responses: { "200": json(EVENT_DETAIL, "the event"), "404": json(ERROR_BODY, "no such event") },
        },
      },
      "/api/events/{id}/review": {
        post: {
          summary: "Confirm, edit or reject an event (needs the write token); the extraction is kept",
          security: [{ bearer: [] }],
          parameters: [id("id")],
          requestBody: { content: { "application/json": { schema: schema(REVIEW_REQUEST) } } },
          responses: {
            "200": json(EVENT_DETAIL, "the event after the review"),
            ...writeErrors,
            "404": json(ERROR_BODY, "no such event"),
          },
        },
      },
      "/api/incidents": {
        get: {
          summary: "Incidents (merged events of several reports); event filters match any member event",
          parameters: queryParameters(INCIDENT_QUERY, FILTER_HELP),
          responses: { "200": json(OBJECT_PAGE, "a page of incidents"), ...errors },
        },
      },
      "/api/claims": {
        get: {
          summary: "Claims: tallies and attributions, with who claims, how many, period and evidence",
          parameters: queryParameters(CLAIM_QUERY),
          responses: { "200": json(OBJECT_PAGE, "a page of claims"), ...errors },
        },
      },
      "/api/incidents/{id}": {
        get: {
          summary:
            "One incident with history: every value each field has had as reports came in (field, value, previous, recorded_at, document_ids)",
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
          responses: {
            "200": { description: "the incident" },
            "404": { description: "no such incident (code not-found)" },
          },
        },
      },
      "/api/incidents/{id}/review": {
        post: {
          summary:
            "Confirm, edit or reject an incident (needs the write token); the merged record is kept (merged), the decisions in review_history",
          security: [{ bearer: [] }],
          parameters: [id("id")],
          requestBody: { content: { "application/json": { schema: schema(REVIEW_REQUEST) } } },
          responses: {
            "200": { description: "the incident after the review" },
            ...writeErrors,
            "404": json(ERROR_BODY, "no such incident"),
          },
        },
      },
      "/api/documents": {
        get: {
          summary: "Stored documents, skipped ones included, newest first",
          parameters: queryParameters(DOCUMENT_QUERY),
          responses: { "200": json(OBJECT_PAGE, "a page of documents"), ...errors },
        },
        post: {
          summary: "Ingest one report and store it (needs the write token)",
          security: [{ bearer: [] }],
          requestBody: { content: { "application/json": { schema: schema(REPORT_INPUT) } } },
          responses: {
            "200": json(STORED_REPORT, "the stored document, how the input ended, and its events"),
            ...writeErrors,
            "422": json(
              ERROR_BODY,
              "a URL the server could not fetch (fetch-failed), a feed (not-a-page), or a page without its date when none was given (no-published-date)",
            ),
          },
        },
      },
      "/api/documents/{id}": {
        get: {
          summary: "One document: text, annotation layers and events",
          parameters: [id("id")],
          responses: { "200": { description: "the document" }, "404": json(ERROR_BODY, "no such document") },
        },
      },
      "/api/extract": {
        post: {
          summary: "Extract events from a report without storing it",
          requestBody: { content: { "application/json": { schema: schema(REPORT_INPUT) } } },
          responses: {
            "200": { description: "the cleaned text, layers and events" },
            ...writeErrors,
            "422": json(ERROR_BODY, "not English (code unsupported-language)"),
          },
        },
      },
    },
  };
}
