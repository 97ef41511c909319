// The filters whose share of events varies from none to most: a fatalities range, a bounding box, an actor
// substring and words (`q`). No single plan serves both ends. With few matches, the fastest page finds them
// through the filter's own index and sorts them; with many, it walks the sort order and checks each row,
// stopping when the page is full, after about limit / share rows. Either plan, used at the wrong end, grows
// with the store (measured at 100k events: a quarter of events sorted by date, 192 ms; a rare actor checked
// along the whole date order, 43 ms). So each query first counts, through each such filter's index, up to
// FEW_MATCHES of its matches: if one has at most that many it drives the query, and the rest are checked.
// In fatalities order the equality filters (country, admin1, type, sub-type) are planned the same way: their own
// indexes end in the date, and the indexes that ended in the fatalities were dropped for the writes' sake
// (migration 017), so few matches are found through the date index and sorted, many are checked while walking
// events_by_fatalities, which carries their columns.
// SQLite only: PostgreSQL's planner weighs the LIMIT itself, and it keeps the plain SQL.
import { type Kysely, type RawBuilder, type SelectQueryBuilder, SqliteAdapter, sql } from "kysely";
import { BadFilterError, type EventFilter, type EventSort } from "./event-filter.js";
import type { Database } from "./schema.js";

type EventsQuery<O> = SelectQueryBuilder<Database, "events", O>;
/** The equality filters and their columns, planned only when the list is in fatalities order. */
const EQUALITY_COLUMNS = {
  country: "iso3",
  admin1: "admin1",
  event_type: "event_type",
  sub_event_type: "sub_event_type",
} as const;
type EqualityName = keyof typeof EQUALITY_COLUMNS;
type SparseName = "fatalities" | "bbox" | "actor" | "q" | EqualityName;
/** "index": matches found through the filter's index, then sorted; "check": tested on each row walked in order. */
export type SparsePlan = Partial<Record<SparseName, "index" | "check">>;

/** Above this many matches a filter is checked while walking the sort order. Found through its index, each match
 * costs a row read from the table and a place in the sort (about 7 µs CPU, measured at 100k events); checked in
 * the walk, each row walked costs a step along an index that holds the checked columns (about 0.1 µs), and a
 * page of 100 walks 100 × events / matches rows. At a million events the two meet near 1,000 matches, where
 * either costs about 7 ms. */
export const FEW_MATCHES = 1000;

/** Decides each sparse filter's plan by counting its matches; undefined when there is none or not on SQLite. */
export async function planSparseFilters(
  db: Kysely<Database>,
  filter: EventFilter & { sort?: EventSort },
): Promise<SparsePlan | undefined> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return undefined;
  const inFatalitiesOrder = filter.sort?.endsWith("fatalities") === true;
  const names: SparseName[] = ["fatalities", "bbox", "actor", "q"];
  if (inFatalitiesOrder) names.push(...(Object.keys(EQUALITY_COLUMNS) as EqualityName[]));
  const present = names.filter((name) => isPresent(filter, name));
  if (present.length === 0) return undefined;
  let driver: { name: SparseName; count: number } | undefined;
  for (const name of present) {
    const rowids = indexedRowids(filter, name);
    if (!rowids) continue;
    const count = await countUpTo(db, rowids, FEW_MATCHES + 1);
    if (count <= FEW_MATCHES && count < (driver?.count ?? Number.POSITIVE_INFINITY)) driver = { name, count };
  }
  return Object.fromEntries(present.map((name) => [name, name === driver?.name ? "index" : "check"]));
}

function isPresent(filter: EventFilter, name: SparseName): boolean {
  if (name === "fatalities") return filter.fatalities_min !== undefined || filter.fatalities_max !== undefined;
  return filter[name] !== undefined;
}

function isEquality(name: SparseName): name is EqualityName {
  return name in EQUALITY_COLUMNS;
}

async function countUpTo(db: Kysely<Database>, rowids: RawBuilder<unknown>, most: number): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*) as n from (${rowids} limit ${most})`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

/** The rowids a filter's own index gives (a superset for the box: the R*Tree stores 32-bit floats). */
function indexedRowids(filter: EventFilter, name: SparseName): RawBuilder<unknown> | undefined {
  if (isEquality(name)) return sql`select rowid from events where ${sql.ref(EQUALITY_COLUMNS[name])} = ${filter[name]}`;
  if (name === "fatalities") {
    const [least, most] = fatalitiesRange(filter);
    return sql`select rowid from events where fatalities_key >= ${least} and fatalities_key <= ${most}`;
  }
  if (name === "bbox" && filter.bbox) {
    const { west, south, east, north } = filter.bbox;
    const band = (from: number, to: number) =>
      sql`select id from events_rtree where max_lon >= ${from} and min_lon <= ${to} and max_lat >= ${south} and min_lat <= ${north}`;
    // A box across the antimeridian (west > east) is two bands of longitude.
    return west <= east ? band(west, east) : sql`${band(west, 180)} union all ${band(-180, east)}`;
  }
  // Trigrams: a substring under three characters has none, and only the walk can find it. The trigrams index each
  // distinct list of actors once (migration 014); the events holding a matching list are linked to it.
  if (name === "actor" && filter.actor && filter.actor.length >= 3)
    return sql`select event_rowid from event_actor_sets where set_id in (select rowid from actor_sets_fts where actor_sets_fts match ${phrase(filter.actor.toLowerCase())})`;
  if (name === "q" && filter.q) return sql`select rowid from events_fts where events_fts match ${wordsOf(filter.q)}`;
  return undefined;
}

/** An unknown toll (key -1) is not "at most n": only stated tolls pass a maximum. */
function fatalitiesRange(filter: EventFilter): [number, number] {
  const least = filter.fatalities_min ?? (filter.fatalities_max !== undefined ? 0 : -1);
  return [least, filter.fatalities_max ?? Number.MAX_SAFE_INTEGER];
}

/** Every word quoted, so no FTS syntax reaches the engine; each must occur. */
export function wordsOf(q: string): string {
  const words = q.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) throw new BadFilterError(`q: "${q}" has no words to search for`);
  return words.map((w) => `"${w}"`).join(" ");
}

function phrase(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/** The sparse filters as the plan says. A check puts a unary + on its column, which SQLite reads as "use no
 * index for this term", so the planner walks the sort order instead of sorting the matches. */
export function applySparsePlan<O>(query: EventsQuery<O>, filter: EventFilter, plan: SparsePlan): EventsQuery<O> {
  let q = query;
  for (const [name, how] of Object.entries(plan) as [SparseName, "index" | "check"][]) {
    // Found through its own index, the plain equality (applyEventFilter's) lets the planner pick that index.
    if (isEquality(name)) {
      if (how === "check") q = q.where(sql<boolean>`+${sql.ref(`events.${EQUALITY_COLUMNS[name]}`)} = ${filter[name]}`);
      continue;
    }
    const rowids = how === "index" ? indexedRowids(filter, name) : undefined;
    if (rowids) q = q.where(sql<boolean>`events.rowid in (${rowids})`);
    if (name === "fatalities" && !rowids) {
      const [least, most] = fatalitiesRange(filter);
      q = q.where(sql<boolean>`+events.fatalities_key between ${least} and ${most}`);
    }
    if (name === "bbox" && filter.bbox) q = q.where(insideBoxUnindexed(filter.bbox));
    if (name === "actor" && filter.actor) q = q.where(containsUnindexed(filter.actor));
    if (name === "q" && filter.q && !rowids)
      q = q.where(
        sql<boolean>`+events.rowid in (select rowid from events_fts where events_fts match ${wordsOf(filter.q)})`,
      );
  }
  return q;
}

function insideBoxUnindexed(box: NonNullable<EventFilter["bbox"]>) {
  const longitude =
    box.west <= box.east
      ? sql`+events.longitude between ${box.west} and ${box.east}`
      : sql`(+events.longitude >= ${box.west} or +events.longitude <= ${box.east})`;
  return sql<boolean>`${longitude} and +events.latitude between ${box.south} and ${box.north}`;
}

/** LIKE with its wildcards escaped; `actors` is stored lower-case. Exact, where trigrams only narrow. */
function containsUnindexed(text: string) {
  const pattern = "%" + text.toLowerCase().replace(/[\\%_]/g, (c) => "\\" + c) + "%";
  return sql<boolean>`events.actors like ${pattern} escape '\\'`;
}
