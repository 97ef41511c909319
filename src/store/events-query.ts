// The SQL of an event list: each filter a WHERE on an indexed column of `events`, the sort a keyset on
// (sort key, event_id) so page n costs what page 1 costs and a row written meanwhile neither repeats nor
// skips a row. Kysely expressions, so SQLite and PostgreSQL share it; only `q` differs: FTS5 on SQLite, a
// tsvector on PostgreSQL.
import {
  type ExpressionBuilder,
  type Kysely,
  type RawBuilder,
  type SelectQueryBuilder,
  SqliteAdapter,
  sql,
} from "kysely";
import { BadFilterError, type EventFilter, type EventSort } from "./event-filter.js";
import type { Database } from "./schema.js";
import { applySparsePlan, type SparsePlan, wordsOf } from "./sparse-filters.js";

type EventsQuery<O> = SelectQueryBuilder<Database, "events", O>;
type Where = ExpressionBuilder<Database, "events">;

/** The column each sort reads; ties break on event_id in the same direction. */
const SORT_KEY = { event_date: "date_key", fatalities: "fatalities_key" } as const;

export function sortOf(sort: EventSort = "-event_date") {
  const descending = sort.startsWith("-");
  const key = SORT_KEY[sort.replace("-", "") as keyof typeof SORT_KEY];
  return { key, descending, direction: descending ? ("desc" as const) : ("asc" as const) };
}

/** `plan` (SQLite, from planSparseFilters) says how to apply the sparse filters; without one, the plain SQL. */
export function applyEventFilter<O>(
  db: Kysely<Database>,
  query: EventsQuery<O>,
  filter: EventFilter,
  plan?: SparsePlan,
): EventsQuery<O> {
  let q = query.where((eb) => visibility(eb, filter));
  if (filter.from || filter.to)
    q = q
      .where("events.date_key", ">=", filter.from ?? "0")
      .where("events.date_key", "<=", (filter.to ?? "9999-12-31") + "\uffff");
  // A plan that checks an equality filter while walking the fatalities order applies it itself (sparse-filters.ts).
  const isPlain = (name: keyof SparsePlan) => plan?.[name] !== "check";
  if (filter.country && isPlain("country")) q = q.where("events.iso3", "=", filter.country);
  if (filter.admin1 && isPlain("admin1")) q = q.where("events.admin1", "=", filter.admin1);
  if (filter.event_type && isPlain("event_type")) q = q.where("events.event_type", "=", filter.event_type);
  if (filter.sub_event_type && isPlain("sub_event_type"))
    q = q.where("events.sub_event_type", "=", filter.sub_event_type);
  if (filter.document)
    q = q.where(
      "events.event_id",
      "in",
      db
        .selectFrom("event_sources")
        .select("event_sources.event_id")
        .where("event_sources.document_id", "=", filter.document),
    );
  return plan ? applySparsePlan(q, filter, plan) : applyPlainSparseFilters(db, q, filter);
}

function applyPlainSparseFilters<O>(db: Kysely<Database>, query: EventsQuery<O>, filter: EventFilter): EventsQuery<O> {
  let q = query;
  if (filter.fatalities_min !== undefined) q = q.where("events.fatalities_key", ">=", filter.fatalities_min);
  // An unknown toll (key -1) is not "at most n": only stated tolls pass a maximum.
  if (filter.fatalities_max !== undefined)
    q = q.where("events.fatalities_key", ">=", 0).where("events.fatalities_key", "<=", filter.fatalities_max);
  if (filter.actor) q = q.where(containsLower(sql.ref("events.actors"), filter.actor));
  if (filter.bbox) q = q.where((eb) => insideBox(eb, filter.bbox!));
  if (filter.q) q = q.where(matchesText(db, filter.q));
  return q;
}

/** Rejected events are hidden unless asked for by status, or by reviewed=true (every reviewed event). */
function visibility(eb: Where, filter: EventFilter) {
  // The status index holds only reviewed events (migration 016); a query uses it when it states its condition.
  const isReviewed = eb("events.review_status", "!=", "unreviewed");
  if (filter.status === "unreviewed") return eb("events.review_status", "=", filter.status);
  if (filter.status) return eb.and([eb("events.review_status", "=", filter.status), isReviewed]);
  // IN, not != 'unreviewed' alone: the few reviewed events are found through the status index, not by walking all.
  if (filter.reviewed === true)
    return eb.and([eb("events.review_status", "in", ["confirmed", "edited", "rejected"]), isReviewed]);
  if (filter.reviewed === false) return eb("events.review_status", "=", "unreviewed");
  return eb("events.review_status", "!=", "rejected");
}

function insideBox(eb: Where, box: NonNullable<EventFilter["bbox"]>) {
  const latitude = eb.and([eb("events.latitude", ">=", box.south), eb("events.latitude", "<=", box.north)]);
  // A box across the antimeridian (west > east) is two ranges of longitude.
  const longitude =
    box.west <= box.east
      ? eb.and([eb("events.longitude", ">=", box.west), eb("events.longitude", "<=", box.east)])
      : eb.or([eb("events.longitude", ">=", box.west), eb("events.longitude", "<=", box.east)]);
  return eb.and([longitude, latitude]);
}

/** Each word of `q` must occur (FTS5 on SQLite, a tsvector on PostgreSQL; no search syntax reaches either engine). */
function matchesText(db: Kysely<Database>, q: string) {
  const words = q.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) throw new BadFilterError(`q: "${q}" has no words to search for`);
  if (db.getExecutor().adapter instanceof SqliteAdapter)
    return sql<boolean>`events.rowid in (select rowid from events_fts where events_fts match ${wordsOf(q)})`;
  // PostgreSQL: the same words, as whole lexemes of the 'simple' configuration, ANDed, over the GIN-indexed
  // tsvector of migration 009 (sitrep_fold takes accents off both sides, as FTS5's remove_diacritics does).
  return sql<boolean>`events.search @@ plainto_tsquery('simple', sitrep_fold(${words.join(" ")}))`;
}

/** `column` (already lower-case) holds `text` anywhere, case-insensitively, with LIKE's wildcards escaped. */
function containsLower(column: RawBuilder<unknown>, text: string) {
  const pattern = "%" + text.toLowerCase().replace(/[\\%_]/g, (c) => "\\" + c) + "%";
  return sql<boolean>`${column} like ${pattern} escape '\\'`;
}

/** Rows after the cursor's (key, event_id) in the sort's direction. */
export function applyKeyset<O>(
  query: EventsQuery<O>,
  sort: EventSort | undefined,
  cursor: string | undefined,
): EventsQuery<O> {
  const { key, descending, direction } = sortOf(sort);
  let q = query.orderBy(`events.${key}`, direction).orderBy("events.event_id", direction);
  if (cursor) {
    const after = decodeCursor(cursor, key);
    q = q.where((eb) =>
      eb(
        eb.refTuple(`events.${key}`, "events.event_id"),
        descending ? "<" : ">",
        eb.tuple(after.key as never, after.id),
      ),
    );
  }
  return q;
}

export function encodeCursor(key: string | number, id: string): string {
  return Buffer.from(JSON.stringify([key, id])).toString("base64url");
}

function decodeCursor(cursor: string, key: string): { key: string | number; id: string } {
  try {
    const [value, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown[];
    const keyType = key === "date_key" ? "string" : "number";
    if (typeof value === keyType && typeof id === "string") return { key: value as string | number, id };
  } catch {
    // falls through to the error below
  }
  throw new BadFilterError("cursor: not a cursor from next_cursor of this sort (start again without it)");
}
