// The OpenAPI description of the HTTP API, served at /openapi.json.
const eventRecord = { type: "object", description: "An event record: ACLED column names, plus sources and evidence spans (see README)." };
const documentRow = { type: "object", description: "document_id, origin, status, reason, title, publisher, published, language, text_length" };
const reportInput = {
  type: "object",
  properties: {
    text: { type: "string", description: "plain-text report" },
    html: { type: "string", description: "HTML page (the article body is extracted)" },
    published: { type: "string", description: "publication date (YYYY-MM-DD): relative dates resolve against it" },
    title: { type: "string" },
    url: { type: "string" },
    origin: { type: "string", description: "where the report came from (path, URL, id)" },
  },
};

export const OPENAPI = {
  openapi: "3.1.0",
  info: { title: "sitrep", version: "0.1.0", description: "Sourced conflict-event records from news reports." },
  components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" } } },
  paths: {
    "/api/events": {
      get: {
        summary: "Stored events",
        parameters: [{ name: "document", in: "query", schema: { type: "string" } }],
        responses: { "200": { description: "events", content: { "application/json": { schema: { type: "array", items: eventRecord } } } } },
      },
    },
    "/api/claims": {
      get: {
        summary: "Stored claims: tallies and attributions, with who claims, how many, period and evidence",
        parameters: [{ name: "document", in: "query", schema: { type: "string" } }],
        responses: { "200": { description: "claims", content: { "application/json": { schema: { type: "array", items: { type: "object" } } } } } },
      },
    },
    "/api/incidents": {
      get: {
        summary: "Incidents: the events of every report about one real-world event, merged, with all sources, corroboration and conflicts",
        responses: { "200": { description: "incidents", content: { "application/json": { schema: { type: "array", items: { type: "object" } } } } } },
      },
    },
    "/api/incidents/{id}": {
      get: {
        summary: "One incident with history: every value each field has had as reports came in (field, value, previous, recorded_at, document_ids)",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
        responses: { "200": { description: "the incident" }, "404": { description: "no such incident (code not-found)" } },
      },
    },
    "/api/documents": {
      get: { summary: "Stored documents, skipped ones included", responses: { "200": { description: "documents", content: { "application/json": { schema: { type: "array", items: documentRow } } } } } },
      post: {
        summary: "Ingest one report and store it (needs the write token)",
        security: [{ bearer: [] }],
        requestBody: { content: { "application/json": { schema: reportInput } } },
        responses: {
          "200": { description: "stored or duplicate, with its events" },
          "400": { description: "malformed body (code bad-json, bad-request) or no usable text" },
          "401": { description: "missing or wrong token (code unauthorized)" },
          "413": { description: "body over the size limit (code body-too-large)" },
          "415": { description: "not Content-Type: application/json (code unsupported-media-type)" },
        },
      },
    },
    "/api/documents/{id}": {
      get: {
        summary: "One document: text, annotation layers and events",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
        responses: { "200": { description: "the document" }, "404": { description: "no such document" } },
      },
    },
    "/api/extract": {
      post: {
        summary: "Extract events from a report without storing it",
        requestBody: { content: { "application/json": { schema: reportInput } } },
        responses: {
          "200": { description: "the cleaned text, layers and events" },
          "400": { description: "malformed body (code bad-json, bad-request) or no usable text (no-usable-text)" },
          "413": { description: "body over the size limit (code body-too-large)" },
          "415": { description: "not Content-Type: application/json (code unsupported-media-type)" },
          "422": { description: "not English (code unsupported-language)" },
        },
      },
    },
  },
} as const;
