// Incidents, claims and documents as filtered, keyset-paged lists, like events (events-store.ts): an
// incident matches when one of its member events passes the event filters; claims filter by document and
// kind; documents by status. Page n costs what page 1 costs.
import { type Kysely, sql } from "kysely";
import { z } from "zod";
import type { ClaimRecord } from "../records/claim-record.js";
import type { IncidentRecord } from "../records/incident-record.js";
import {
  BadFilterError,
  describeFilterError,
  EVENT_QUERY,
  type EventQuery,
  LIST_LIMIT,
  type Page,
} from "./event-filter.js";
import { applyEventFilter, encodeCursor } from "./events-query.js";
import { publicDocument } from "./public-document.js";
import type { Database, DocumentRow } from "./schema.js";

const page = { limit: z.coerce.number().int().min(1).max(LIST_LIMIT.max), cursor: z.string().max(1000) };

export const INCIDENT_QUERY = EVENT_QUERY.extend({ sort: z.enum(["event_date", "-event_date"]).optional() });
export const CLAIM_QUERY = z
  .object({ document: z.string().min(1), kind: z.enum(["tally", "attribution", "fatalities"]), ...page })
  .partial()
  .strict();
export const DOCUMENT_QUERY = z
  .object({ status: z.enum(["ok", "skipped"]), ...page })
  .partial()
  .strict();

export type ClaimQuery = z.infer<typeof CLAIM_QUERY>;
export type DocumentQuery = z.infer<typeof DOCUMENT_QUERY>;
export type PublicDocument = ReturnType<typeof publicDocument>;

/** Parses a list's string options with its schema; throws BadFilterError. */
export function parseListQuery<T extends z.ZodType>(schema: T, raw: Record<string, string | undefined>): z.infer<T> {
  const given = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = schema.safeParse(given);
  if (!parsed.success) throw new BadFilterError(describeFilterError(parsed.error));
  return parsed.data;
}

const EVENT_ONLY_FILTERS = [
  "admin1",
  "actor",
  "event_type",
  "sub_event_type",
  "bbox",
  "fatalities_min",
  "fatalities_max",
  "reviewed",
  "status",
  "q",
  "document",
] as const;

export async function queryIncidents(db: Kysely<Database>, query: EventQuery): Promise<Page<IncidentRecord>> {
  const limit = query.limit ?? LIST_LIMIT.default;
  const descending = query.sort !== "event_date";
  const dateKey = sql<string>`coalesce(incidents.event_date, '')`;
  let select = db.selectFrom("incidents").select(["incidents.incident_id", "incidents.record", dateKey.as("date_key")]);
  if (query.from || query.to)
    select = select.where(dateKey, ">=", query.from ?? "0").where(dateKey, "<=", (query.to ?? "9999-12-31") + "\uffff");
  if (query.country) select = select.where("incidents.iso3", "=", query.country);
  if (EVENT_ONLY_FILTERS.some((name) => query[name] !== undefined)) {
    const members = applyEventFilter(db, db.selectFrom("events"), {
      ...query,
      from: undefined,
      to: undefined,
      country: undefined,
    })
      .innerJoin("incident_events", "incident_events.event_id", "events.event_id")
      .select("incident_events.incident_id");
    select = select.where("incidents.incident_id", "in", members);
  }
  if (query.cursor) {
    const [key, id] = decodeStringCursor(query.cursor);
    select = select.where((eb) =>
      eb(eb.tuple(dateKey, eb.ref("incidents.incident_id")), descending ? "<" : ">", eb.tuple(key, id)),
    );
  }
  const direction = descending ? "desc" : "asc";
  const rows = await select
    .orderBy(dateKey, direction)
    .orderBy("incidents.incident_id", direction)
    .limit(limit + 1)
    .execute();
  return pageOf(
    rows,
    limit,
    (r) => JSON.parse(r.record) as IncidentRecord,
    (r) => encodeCursor(r.date_key, r.incident_id),
  );
}

export async function queryClaims(db: Kysely<Database>, query: ClaimQuery): Promise<Page<ClaimRecord>> {
  const limit = query.limit ?? LIST_LIMIT.default;
  let select = db.selectFrom("claims").select(["claim_id", "record"]);
  if (query.document) select = select.where("document_id", "=", query.document);
  if (query.kind) select = select.where("kind", "=", query.kind);
  if (query.cursor) select = select.where("claim_id", ">", decodeStringCursor(query.cursor)[1]);
  const rows = await select
    .orderBy("claim_id")
    .limit(limit + 1)
    .execute();
  return pageOf(
    rows,
    limit,
    (r) => JSON.parse(r.record) as ClaimRecord,
    (r) => encodeCursor("", r.claim_id),
  );
}

/** Newest first: the documents just ingested are the ones looked for. */
export async function queryDocuments(db: Kysely<Database>, query: DocumentQuery): Promise<Page<PublicDocument>> {
  const limit = query.limit ?? LIST_LIMIT.default;
  let select = db
    .selectFrom("documents")
    .select([
      "document_id",
      "origin",
      "status",
      "reason",
      "stage",
      "detail",
      "title",
      "publisher",
      "original_publisher",
      "published",
      "language",
      "url",
      "authors",
      "canonical_url",
      "duplicate_of",
      "text_length",
      "ingested_at",
    ]);
  if (query.status) select = select.where("status", "=", query.status);
  if (query.cursor) {
    const [key, id] = decodeStringCursor(query.cursor);
    select = select.where((eb) => eb(eb.refTuple("ingested_at", "document_id"), "<", eb.tuple(key, id)));
  }
  const rows = await select
    .orderBy("ingested_at", "desc")
    .orderBy("document_id", "desc")
    .limit(limit + 1)
    .execute();
  return pageOf(
    rows,
    limit,
    (r) => publicDocument(r as DocumentRow),
    (r) => encodeCursor(r.ingested_at, r.document_id),
  );
}

function pageOf<R, T>(rows: R[], limit: number, toItem: (row: R) => T, toCursor: (row: R) => string): Page<T> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items: items.map(toItem), next_cursor: rows.length > limit && last ? toCursor(last) : null };
}

function decodeStringCursor(cursor: string): [string, string] {
  try {
    const value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown;
    if (Array.isArray(value) && typeof value[0] === "string" && typeof value[1] === "string")
      return [value[0], value[1]];
  } catch {
    // falls through to the error below
  }
  throw new BadFilterError("cursor: not a cursor from next_cursor of this list (start again without it)");
}
