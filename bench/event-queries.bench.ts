// p95 of the workbench's filtered list queries (store.queryEvents: the SQL, the review join, parsing 100
// records) on a store built by build-event-store.ts, against a plain `SELECT record FROM events LIMIT 100`
// (parsed the same way) in the same run. Queries are interleaved round by round, parameters varying, after
// one untimed warm-up round. Goal: every filtered query p95 < 20 ms. Each query is timed twice: wall clock,
// and the process's CPU time (process.cpuUsage), which a machine shared with other jobs does not inflate:
// on a loaded machine the wall clock measures the queue for a core as much as the query.
// Usage: nice -n 10 npx tsx bench/event-queries.bench.ts /tmp/sitrep-events-1m.db [rounds]
import { cpus, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";
import { Kysely } from "kysely";
import { type EventQuery, parseEventQuery } from "../src/store/event-filter.js";
import { createImmediateSqliteDialect } from "../src/store/immediate-sqlite-dialect.js";
import type { Database as Schema } from "../src/store/schema.js";
import { openSqliteStore } from "../src/store/sqlite.js";

const [path = "/tmp/sitrep-events-1m.db", roundsArg = "60"] = process.argv.slice(2);
const rounds = Number(roundsArg);
const store = await openSqliteStore(path);
const plain = new Kysely<Schema>({
  dialect: createImmediateSqliteDialect({ database: new Database(path, { readonly: true }) }),
});

const COUNTRIES = ["UKR", "SYR", "YEM", "SDN", "MMR", "NGA", "MLI", "SOM", "IRQ", "AFG"];
const month = (r: number) => `20${19 + (r % 6)}-${String(1 + (r % 12)).padStart(2, "0")}`;
const deepCursor = await cursorAfterPages(20);

const QUERIES: Record<string, (r: number) => EventQuery> = {
  "newest first (no filter)": () => ({}),
  country: (r) => q({ country: COUNTRIES[r % 10]! }),
  "country + one month": (r) => q({ country: COUNTRIES[r % 10]!, from: `${month(r)}-01`, to: `${month(r)}-28` }),
  "event_type + from": (r) => q({ event_type: r % 2 ? "Battles" : "Protests", from: `${month(r)}-01` }),
  "sub_event_type, by fatalities": (r) =>
    q({ sub_event_type: "Air/drone strike", sort: r % 2 ? "-fatalities" : "fatalities" }),
  "country, deadliest first": (r) => q({ country: COUNTRIES[r % 10]!, sort: "-fatalities" }),
  admin1: (r) => q({ admin1: `Syria Region ${r % 5}` }),
  "actor substring": (r) => q({ actor: r % 2 ? "rebels" : "police forces of iraq" }),
  bbox: (r) => q({ bbox: `${30 + (r % 5)},30,${34 + (r % 5)},38` }),
  "bbox, a town's surroundings": (r) => q({ bbox: `${38 + (r % 5) / 10},34.8,${38.4 + (r % 5) / 10},35.2` }),
  "fatalities_min 15": () => q({ fatalities_min: "15" }),
  "fatalities_min 15, deadliest first": () => q({ fatalities_min: "15", sort: "-fatalities" }),
  "fatalities_max 0, oldest first": () => q({ fatalities_max: "0", sort: "event_date" }),
  "q (FTS5) one word": (r) => q({ q: ["hospital", "convoy", "checkpoint", "market"][r % 4]! }),
  "q (FTS5) two words": (r) => q({ q: ["hospital convoy", "market school", "village police"][r % 3]! }),
  document: (r) => q({ document: `bench-doc-${(r * 997) % 10_000}` }),
  reviewed: () => q({ reviewed: "true" }),
  "page 21 via cursor": () => ({ cursor: deepCursor }),
};

function q(raw: Record<string, string>): EventQuery {
  return parseEventQuery(raw);
}

async function cursorAfterPages(pages: number): Promise<string> {
  let cursor: string | undefined;
  for (let i = 0; i < pages; i++) cursor = (await store.queryEvents({ cursor })).next_cursor ?? undefined;
  return cursor!;
}

async function baseline(): Promise<unknown> {
  const rows = await plain.selectFrom("events").select("record").limit(100).execute();
  return rows.map((r) => JSON.parse(r.record));
}

const BASELINE = "baseline: SELECT record LIMIT 100";
const names = [BASELINE, ...Object.keys(QUERIES)];
const timings = new Map<string, number[]>(names.map((k) => [k, []]));
const cpuTimings = new Map<string, number[]>(names.map((k) => [k, []]));

async function timed(name: string, record: boolean, run: () => Promise<unknown>): Promise<unknown> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = await run();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  if (record) {
    timings.get(name)!.push(wall);
    cpuTimings.get(name)!.push((used.user + used.system) / 1000);
  }
  return result;
}
const counts = new Map<string, number>();
for (let r = -1; r < rounds; r++) {
  await timed(BASELINE, r >= 0, baseline);
  for (const [name, make] of Object.entries(QUERIES)) {
    const query = make(r + 1);
    const page = (await timed(name, r >= 0, () => store.queryEvents(query))) as { items: unknown[] };
    counts.set(name, page.items.length);
  }
}

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;
const total = (
  await plain
    .selectFrom("events")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow()
).n;
console.log(
  `${new Date().toISOString()} ${cpus().length}x ${cpus()[0]?.model} Node ${process.version}, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")}`,
);
console.log(
  `| query (${Number(total).toLocaleString("en")} events, ${rounds} rounds) | rows | wall p50 ms | wall p95 ms | CPU p50 ms | CPU p95 ms |\n|---|---|---|---|---|---|`,
);
for (const name of names) {
  const [wall, cpu] = [timings.get(name)!, cpuTimings.get(name)!];
  console.log(
    `| ${name} | ${counts.get(name) ?? 100} | ${percentile(wall, 0.5).toFixed(2)} | ${percentile(wall, 0.95).toFixed(2)} | ${percentile(cpu, 0.5).toFixed(2)} | ${percentile(cpu, 0.95).toFixed(2)} |`,
  );
}
await store.close();
await plain.destroy();
