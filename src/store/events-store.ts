// Event reads for the workbench: a filtered, sorted page (keyset cursor), every matching event a page at a
// time (streaming exports in constant memory), the timeline's daily counts, and one event with its review,
// source document, evidence and claims. Lists show reviewed values over extracted ones.
import { type Kysely, SqliteAdapter, sql } from "kysely";
import type { ClaimRecord } from "../records/claim-record.js";
import type { EventRecord } from "../records/event-record.js";
import type { EventReview, ReviewEntry, ReviewedEvent } from "../review/review-decision.js";
import { applyReviewFields } from "../review/review-fields.js";
import { type EventFilter, type EventQuery, LIST_LIMIT, type Page } from "./event-filter.js";
import { applyEventFilter, applyKeyset, encodeCursor, sortOf } from "./events-query.js";
import type { Database } from "./schema.js";
import { planSparseFilters, type SparsePlan } from "./sparse-filters.js";

/**
 * A day's events by the first day of their dates. `ranges` are those of them dated to more than one day (a
 * stated period, or the report's week when no words date them), by last day, so a timeline can spread them
 * over their days instead of drawing them on the first as if it were stated.
 */
export type DaySummary = {
  date: string;
  events: number;
  fatalities: number;
  by_type: Record<string, number>;
  ranges: { to: string; event_type: string; events: number; fatalities: number }[];
};

export type EventDetail = {
  event: ReviewedEvent;
  extracted: EventRecord;
  review: EventReview | null;
  history: ReviewEntry[];
  claims: ClaimRecord[];
  /** The report the event was read from (its first source), with its text, for the evidence. */
  document: {
    document_id: string;
    title: string | null;
    publisher: string | null;
    url: string | null;
    published: string | null;
    origin: string;
    text: string;
  } | null;
};

/** Rows read per step when iterating: big enough to amortise a query, small enough to stay constant memory. */
const ITERATE_PAGE = 500;

export async function queryEvents(
  db: Kysely<Database>,
  query: EventQuery & { hasCoordinates?: boolean },
): Promise<Page<ReviewedEvent>> {
  const limit = query.limit ?? LIST_LIMIT.default;
  const { key } = sortOf(query.sort);
  const rows = await selectEventPage(db, query, await planSparseFilters(db, query), limit + 1)
    .leftJoin("event_reviews", "event_reviews.event_id", "events.event_id")
    .select(["events.event_id", "events.record", "events.date_key", "events.fatalities_key"])
    .select([
      "event_reviews.status",
      "event_reviews.fields",
      "event_reviews.note",
      "event_reviews.reviewer",
      "event_reviews.reviewed_at",
    ])
    .limit(limit + 1)
    .execute();
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const next_cursor = rows.length > limit && last ? encodeCursor(last[key], last.event_id) : null;
  return { items: page.map((row) => reviewedEvent(JSON.parse(row.record), reviewOfRow(row))), next_cursor };
}

/** The page's events in order, before the columns are chosen (query-plans.test.ts reads its plans). */
export function selectEventPage(
  db: Kysely<Database>,
  query: EventQuery & { hasCoordinates?: boolean },
  plan: SparsePlan | undefined,
  rows: number,
) {
  let select = applyEventFilter(db, db.selectFrom("events"), query, plan);
  if (query.hasCoordinates)
    select = select.where("events.latitude", "is not", null).where("events.longitude", "is not", null);
  const ordered = applyKeyset(select, query.sort, query.cursor);
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return ordered;
  // On SQLite, the page's rowids first, then its records: selecting only the rowid lets SQLite walk an index
  // that holds the checked columns without reading a row, which it would not choose for the records (an actor
  // substring at 100k events: 140 ms scanning the table and sorting, 1.8 ms this way), and what must be sorted
  // (the reviewed events, from three ranges of the status index) is sorted as keys (1M events: 36 ms p95 with
  // the records).
  const rowids = ordered.select(sql`events.rowid`.as("id")).limit(rows);
  return applyKeyset(db.selectFrom("events").where(sql`events.rowid`, "in", rowids), query.sort, undefined);
}

/** Every matching event, in order, a page at a time: memory stays flat however many there are. */
export async function* iterateEvents(db: Kysely<Database>, query: EventQuery): AsyncGenerator<ReviewedEvent> {
  let cursor = query.cursor;
  for (;;) {
    const page = await queryEvents(db, { ...query, cursor, limit: ITERATE_PAGE });
    yield* page.items;
    if (!page.next_cursor) return;
    cursor = page.next_cursor;
  }
}

export async function summarizeEvents(db: Kysely<Database>, filter: EventFilter): Promise<DaySummary[]> {
  const rows = await applyEventFilter(db, db.selectFrom("events"), filter)
    .where("events.date_key", ">", "")
    .select((eb) => [
      "events.date_key",
      "events.date_end_key",
      "events.event_type",
      eb.fn.countAll<number>().as("events"),
      eb.fn
        .sum<number>(
          eb.case().when("events.fatalities_key", ">", 0).then(eb.ref("events.fatalities_key")).else(0).end(),
        )
        .as("fatalities"),
    ])
    .groupBy(["events.date_key", "events.date_end_key", "events.event_type"])
    .orderBy("events.date_key")
    .execute();
  const days = new Map<string, DaySummary>();
  for (const row of rows) {
    const date = row.date_key.slice(0, 10);
    const day = days.get(date) ?? { date, events: 0, fatalities: 0, by_type: {}, ranges: [] };
    const events = Number(row.events);
    const fatalities = Number(row.fatalities);
    day.events += events;
    day.fatalities += fatalities;
    day.by_type[row.event_type] = (day.by_type[row.event_type] ?? 0) + events;
    const to = row.date_end_key.slice(0, 10);
    if (to > date) day.ranges.push({ to, event_type: row.event_type, events, fatalities });
    days.set(date, day);
  }
  return [...days.values()];
}

export async function getEventDetail(db: Kysely<Database>, eventId: string): Promise<EventDetail | null> {
  const row = await db
    .selectFrom("events")
    .leftJoin("event_reviews", "event_reviews.event_id", "events.event_id")
    .select([
      "events.record",
      "event_reviews.status",
      "event_reviews.fields",
      "event_reviews.note",
      "event_reviews.reviewer",
      "event_reviews.reviewed_at",
    ])
    .where("events.event_id", "=", eventId)
    .executeTakeFirst();
  if (!row) return null;
  const extracted = JSON.parse(row.record) as EventRecord;
  const review = reviewOfRow(row);
  const history = await db
    .selectFrom("review_history")
    .selectAll()
    .where("event_id", "=", eventId)
    .orderBy("entry_id")
    .execute();
  const claimIds = extracted.claims ?? [];
  const claims = claimIds.length
    ? await db.selectFrom("claims").select("record").where("claim_id", "in", claimIds).orderBy("claim_id").execute()
    : [];
  const source = extracted.sources[0]?.document_id;
  const document = source
    ? await db
        .selectFrom("documents")
        .select(["document_id", "title", "publisher", "url", "published", "origin", "text"])
        .where("document_id", "=", source)
        .executeTakeFirst()
    : undefined;
  return {
    event: reviewedEvent(extracted, review),
    extracted,
    review,
    history: history.map(reviewEntryOfRow),
    claims: claims.map((c) => JSON.parse(c.record) as ClaimRecord),
    document: document ?? null,
  };
}

/** Events by id, in the order given (unknown ids left out). */
export async function getEventsByIds(db: Kysely<Database>, eventIds: string[]): Promise<ReviewedEvent[]> {
  const found = new Map<string, ReviewedEvent>();
  for (let i = 0; i < eventIds.length; i += ITERATE_PAGE) {
    const rows = await db
      .selectFrom("events")
      .leftJoin("event_reviews", "event_reviews.event_id", "events.event_id")
      .select([
        "events.event_id",
        "events.record",
        "event_reviews.status",
        "event_reviews.fields",
        "event_reviews.note",
        "event_reviews.reviewer",
        "event_reviews.reviewed_at",
      ])
      .where("events.event_id", "in", eventIds.slice(i, i + ITERATE_PAGE))
      .execute();
    for (const row of rows) found.set(row.event_id, reviewedEvent(JSON.parse(row.record), reviewOfRow(row)));
  }
  return eventIds.flatMap((id) => found.get(id) ?? []);
}

type ReviewColumns = {
  status: string | null;
  fields: string | null;
  note: string | null;
  reviewer: string | null;
  reviewed_at: string | null;
};

/** One audit line of an event's or an incident's review history. */
export function reviewEntryOfRow(row: Omit<ReviewEntry, "action" | "fields"> & { action: string; fields: string }) {
  return {
    action: row.action as ReviewEntry["action"],
    fields: JSON.parse(row.fields),
    note: row.note,
    reviewer: row.reviewer,
    at: row.at,
  };
}

export function reviewOfRow(row: ReviewColumns): EventReview | null {
  if (!row.status || !row.reviewer || !row.reviewed_at) return null;
  return {
    status: row.status as EventReview["status"],
    fields: JSON.parse(row.fields ?? "{}"),
    note: row.note,
    reviewer: row.reviewer,
    reviewed_at: row.reviewed_at,
  };
}

export function reviewedEvent(extracted: EventRecord, review: EventReview | null): ReviewedEvent {
  if (!review) return { ...extracted, review: null };
  return {
    ...applyReviewFields(extracted, review.fields),
    review: { status: review.status, reviewed_at: review.reviewed_at, reviewer: review.reviewer },
  };
}
