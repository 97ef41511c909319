// The API's bodies as zod schemas: requests are parsed with them, and /openapi.json is generated from them
// (openapi.ts), so the description cannot drift from what the server accepts and answers.
import { z } from "zod";
import { REVIEW_ACTIONS, REVIEW_STATUSES } from "../review/review-decision.js";
import { EDITABLE_EVENT_FIELDS, REVIEW_FIELDS } from "../review/review-fields.js";

export const ERROR_BODY = z.object({
  error: z.object({
    code: z.string().describe("stable, for clients to branch on"),
    message: z.string().describe("for people; may change"),
  }),
});

const evidence = z.object({
  document_id: z.string(),
  start: z.number().int().describe("UTF-16 offset into the document text"),
  end: z.number().int(),
  text: z.string(),
});
const source = z.object({
  document_id: z.string(),
  origin: z.string(),
  publisher: z.string().nullable(),
  published: z.string().nullable(),
});
const reviewSummary = z
  .object({ status: z.enum(REVIEW_STATUSES), reviewed_at: z.string(), reviewer: z.string() })
  .nullable();

export const EVENT_RECORD = EDITABLE_EVENT_FIELDS.extend({
  event_id: z.string(),
  date_start: z.string().nullable(),
  date_end: z.string().nullable(),
  sources: z.array(source),
  evidence: z.record(z.string(), z.array(evidence)).describe("field name -> the words that support it"),
  in_response_to: z.array(z.string()),
  in_response_to_claims: z.array(z.string()),
  claims: z.array(z.string()),
  same_incident: z.array(z.string()),
  other_tactics: z.array(z.object({ event_type: z.string(), sub_event_type: z.string() })),
  fatalities_split: z
    .object({
      by: z.string(),
      part: z.number(),
      parts: z.number(),
      total_low: z.number().nullable(),
      total_best: z.number().nullable(),
      total_high: z.number().nullable(),
    })
    .nullable(),
}).describe("An event record: ACLED column names, plus sources and evidence spans");

export const LISTED_EVENT = EVENT_RECORD.extend({ review: reviewSummary.describe("null when never reviewed") });

const page = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    next_cursor: z.string().nullable().describe("pass as cursor for the next page; null on the last"),
  });

export const EVENT_PAGE = page(LISTED_EVENT);
export const OBJECT_PAGE = page(z.looseObject({}));

export const REVIEW_ENTRY = z.object({
  action: z.enum(REVIEW_ACTIONS),
  fields: REVIEW_FIELDS,
  note: z.string().nullable(),
  reviewer: z.string(),
  at: z.string(),
});

export const EVENT_DETAIL = z.object({
  event: LISTED_EVENT.describe("reviewed values applied"),
  extracted: EVENT_RECORD.describe("the pipeline's record before review"),
  document: z
    .object({
      document_id: z.string(),
      title: z.string().nullable(),
      publisher: z.string().nullable(),
      url: z.string().nullable(),
      published: z.string().nullable(),
      origin: z.string(),
      text: z.string(),
    })
    .nullable(),
  evidence: z.array(evidence.extend({ field: z.string() })),
  claims: z.array(z.looseObject({ claim_id: z.string() })),
  history: z.array(REVIEW_ENTRY),
  incident: z
    .looseObject({ incident_id: z.string() })
    .nullable()
    .describe("the incident this event was merged into, with its review and review_history"),
});

export const REVIEW_REQUEST = z
  .object({
    action: z.enum(REVIEW_ACTIONS),
    fields: REVIEW_FIELDS.optional().describe("edit: the corrected fields"),
    note: z.string().max(5000).nullable().optional().describe("why"),
    reviewer: z.string().trim().min(1).max(200).describe("who"),
  })
  .strict()
  .refine((r) => r.action === "edit" || !r.fields, { message: "fields go with action edit" })
  .refine((r) => r.action !== "edit" || (r.fields && Object.keys(r.fields).length > 0), {
    message: "an edit needs fields",
  });

export const SUMMARY = z.object({
  days: z.array(
    z.object({
      date: z.string(),
      events: z.number().int(),
      fatalities: z.number().int(),
      by_type: z.record(z.string(), z.number().int()),
      ranges: z.array(
        z.object({
          to: z.string(),
          event_type: z.string(),
          events: z.number().int(),
          fatalities: z.number().int(),
        }),
      ),
    }),
  ),
});

export const GEOJSON = z.object({
  type: z.literal("FeatureCollection"),
  features: z.array(
    z.object({
      type: z.literal("Feature"),
      geometry: z.object({ type: z.literal("Point"), coordinates: z.tuple([z.number(), z.number()]) }),
      properties: z.object({
        event_id: z.string(),
        event_date: z.string().nullable(),
        event_type: z.string(),
        sub_event_type: z.string(),
        actor1: z.string().nullable(),
        actor2: z.string().nullable(),
        location: z.string().nullable(),
        admin1: z.string().nullable(),
        country: z.string().nullable(),
        fatalities_best: z.number().nullable(),
        geo_precision: z.number().nullable(),
        review_status: z.enum(REVIEW_STATUSES),
      }),
    }),
  ),
});

export const REPORT_INPUT = z.object({
  text: z.string().optional().describe("plain-text report"),
  html: z.string().optional().describe("HTML page (the article body is extracted)"),
  published: z.string().optional().describe("publication date (YYYY-MM-DD): relative dates resolve against it"),
  title: z.string().optional(),
  url: z
    .string()
    .optional()
    .describe(
      "the report's address; given alone (no text or html) to POST /api/documents, the server fetches the page (public addresses only unless started with --allow-private) and needs its date from the page or `published`",
    ),
  origin: z.string().optional().describe("where the report came from (path, URL, id)"),
});

export const STORED_REPORT = z.object({
  document: z.looseObject({ document_id: z.string() }).nullable().describe("null when the input was skipped"),
  outcome: z.enum(["stored", "duplicate", "skipped"]),
  reason: z.string().nullable().describe("why it was skipped"),
  events: z.array(LISTED_EVENT),
});
