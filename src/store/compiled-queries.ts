// Kysely builds and compiles a query's SQL each time it runs, and for the dozen statements that store one document
// that cost as much CPU as SQLite's own work. The hot write queries have a few fixed shapes (a table, its columns,
// a row count), so each shape is compiled once per dialect and run again with new parameters; SQLite's statement
// cache (statement-cache.ts) then finds the same SQL prepared. The first compilation of a shape is checked against
// the parameters this module would pass: a shape whose parameters Kysely orders or converts differently is never
// reused, so a reused statement cannot bind a value to the wrong column.
import {
  type Compilable,
  CompiledQuery,
  type DialectAdapter,
  type InsertObject,
  type Kysely,
  type QueryResult,
} from "kysely";
import type { Database } from "./schema.js";

type Executor = Pick<Kysely<Database>, "executeQuery" | "getExecutor">;

/** The most rows one statement inserts: 256 spans of 7 columns stay far below SQLite's and PostgreSQL's limits on
 * parameters (32,766 and 65,535). */
const LARGEST_CHUNK = 256;

export type InsertOptions<T extends keyof Database> = {
  /** Skip rows that conflict (on this column, or on any unique constraint when true). */
  ignoreConflicts?: (keyof Database[T] & string) | true;
  /** Return this column of the rows inserted (not of those skipped). */
  returning?: keyof Database[T] & string;
};

/** Inserts rows of one table in a few statements of fixed shapes; the rows must all have the same columns. */
export async function insertRows<T extends keyof Database & string>(
  db: Kysely<Database>,
  table: T,
  rows: InsertObject<Database, T>[],
  options: InsertOptions<T> = {},
): Promise<{ inserted: number; returned: Record<string, unknown>[] }> {
  const result = { inserted: 0, returned: [] as Record<string, unknown>[] };
  if (rows.length === 0) return result;
  const columns = Object.keys(rows[0]);
  const shapeOf = `insert ${table} ${columns.join(",")} ${options.ignoreConflicts ?? ""} ${options.returning ?? ""}`;
  let start = 0;
  for (const size of chunkSizes(rows.length, LARGEST_CHUNK)) {
    const chunk = rows.slice(start, (start += size));
    const parameters = rowValues(chunk as Record<string, unknown>[], columns);
    const done = await runShaped(db, `${shapeOf} ${size}`, parameters, () => buildInsert(db, table, chunk, options));
    result.inserted += Number(done.numAffectedRows ?? BigInt(done.rows.length));
    result.returned.push(...(done.rows as Record<string, unknown>[]));
  }
  return result;
}

/** The rows' values, column by column, in one array: the parameters of a multi-row insert in Kysely's order. */
function rowValues(rows: Record<string, unknown>[], columns: string[]): unknown[] {
  const values = new Array<unknown>(rows.length * columns.length);
  let i = 0;
  for (const row of rows) for (const column of columns) values[i++] = row[column];
  return values;
}

function buildInsert<T extends keyof Database & string>(
  db: Kysely<Database>,
  table: T,
  rows: InsertObject<Database, T>[],
  { ignoreConflicts, returning }: InsertOptions<T>,
): Compilable<unknown> {
  let query = db.insertInto(table).values(rows);
  if (ignoreConflicts === true) query = query.onConflict((oc) => oc.doNothing());
  else if (ignoreConflicts) query = query.onConflict((oc) => oc.column(ignoreConflicts).doNothing());
  return returning ? query.returning(returning) : query;
}

const compiledSql = new WeakMap<DialectAdapter, Map<string, string | null>>();
/** The SQL of every shape run again: a few dozen statements, which PostgreSQL may keep prepared (postgres-prepared.ts). */
const reusedSql = new Set<string>();

/** Whether `sql` is a fixed-shape statement of this module, which runs again and again with new parameters. */
export function isShapedStatement(sql: string): boolean {
  return reusedSql.has(sql);
}

/** Runs the query `build` makes, whose compiled parameters are `parameters` in order; `shape` names its SQL. The
 * parameters are handed over: Kysely freezes the array it runs. */
export async function runShaped<R>(
  db: Executor,
  shape: string,
  parameters: unknown[],
  build: () => Compilable<R>,
): Promise<QueryResult<R>> {
  const adapter = db.getExecutor().adapter;
  let shapes = compiledSql.get(adapter);
  if (!shapes) compiledSql.set(adapter, (shapes = new Map()));
  const sql = shapes.get(shape);
  if (sql) return db.executeQuery<R>(CompiledQuery.raw(sql, parameters));
  const compiled = build().compile();
  if (sql === undefined) {
    const reusable = sameValues(compiled.parameters, parameters);
    shapes.set(shape, reusable ? compiled.sql : null);
    if (reusable) reusedSql.add(compiled.sql);
  }
  return db.executeQuery<R>(compiled);
}

/** Row counts of the chunks `count` rows are inserted in: up to `EXACT_UP_TO` rows in one statement of that size (a
 * report's span layers, events and claims: one statement each, where powers of two made the 11 layers three), else at
 * most `largest` each, otherwise powers of two, so a table sees a few dozen statement shapes whatever a document holds. */
export function chunkSizes(count: number, largest: number): number[] {
  if (count <= EXACT_UP_TO) return count > 0 ? [count] : [];
  const sizes: number[] = [];
  let left = count;
  for (; left >= largest; left -= largest) sizes.push(largest);
  for (let size = largest >> 1; size > 0; size >>= 1) if (left & size) sizes.push(size);
  return sizes;
}

/** Row counts inserted in one statement of their own size. */
const EXACT_UP_TO = 16;

function sameValues(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, i) => Object.is(value, b[i]));
}
