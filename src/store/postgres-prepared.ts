// Kysely sends every statement unnamed, so PostgreSQL parses, analyses and plans it again each time. The store's
// fixed-shape writes (compiled-queries.ts: a table, its columns, a row count) run for every document with new
// parameters, and their planning was a large part of the server's CPU a saved report (the events insert binds
// 100-odd parameters, the near-duplicate lookup plans an OR of 32 terms). Sent as named statements instead, each
// is parsed and planned once a connection; node-postgres then sends only the new parameters. Only those shapes are
// named: a list query's SQL varies with its filters, and a connection keeps every statement it prepared.
// A shape run again skips Kysely's plugins, so its values get the NUL replacement here (replace-nul.ts): before, only
// the first document of a shape had it, and a NUL in a later one stopped the save.
import { createHash } from "node:crypto";
import type pg from "pg";
import { isShapedStatement } from "./compiled-queries.js";
import { withoutNul } from "./replace-nul.js";

/** The pool Kysely's PostgresDialect takes, whose clients send the store's fixed-shape statements prepared. */
export function preparingShapes(pool: pg.Pool): { connect(): Promise<pg.PoolClient>; end(): Promise<void> } {
  const prepared = new WeakSet<pg.PoolClient>();
  const names = new Map<string, string>();
  const nameOf = (text: string) => {
    let name = names.get(text);
    if (!name) names.set(text, (name = `sitrep_${createHash("sha1").update(text).digest("hex").slice(0, 20)}`));
    return name;
  };
  return {
    async connect() {
      const client = await pool.connect();
      if (prepared.has(client)) return client;
      prepared.add(client);
      const query = client.query.bind(client) as (...args: unknown[]) => unknown;
      // Kysely calls query(text, values) and awaits the promise; any other call goes through as it was.
      client.query = ((text: unknown, values?: unknown, ...rest: unknown[]) =>
        typeof text === "string" && Array.isArray(values) && rest.length === 0 && isShapedStatement(text)
          ? query({ name: nameOf(text), text, values: values.map(withoutNul) })
          : query(text, values, ...rest)) as typeof client.query;
      return client;
    },
    end: () => pool.end(),
  };
}
