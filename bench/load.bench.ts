// Load test of the read API (issue #17): `sitrep serve` as a child process on a store built by
// build-event-store.ts, autocannon against 127.0.0.1 for each read endpoint in turn, while one writer posts
// reports to POST /api/documents with the token, as fast as the write rate limit allows. Reports requests a
// second and latency per endpoint; any error, timeout or non-2xx answer (reader or writer) fails the run.
// LOAD_WRITER=both runs each endpoint twice in a row, reads alone then with the writer, in one run and on one
// server: on a shared machine whose load moves between runs, only such a pair compares (p99 with / p99 alone).
// Usage: nice -n 10 npx tsx bench/load.bench.ts /tmp/sitrep-events-1m.db [seconds per endpoint] [connections]
//        [timeout in seconds, default 10]; LOAD_WRITER=0 reads alone, =both pairs, LOAD_PUBLISHED=YYYY-MM-DD dates
//        the writer's reports (default after the synthetic store's range), LOAD_CPU_PROF=DIR profiles the server.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import { cpus, loadavg } from "node:os";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { CONFIG } from "../src/config.js";

const [path = "/tmp/sitrep-events-1m.db", secondsArg = "15", connectionsArg = "8", timeoutArg = "10"] =
  process.argv.slice(2);
const token = randomBytes(16).toString("hex");
const eventIds = sampleEventIds(path, 500);

/** The workbench's reads: filtered pages, one event, the timeline and the map. */
const ENDPOINTS: Record<string, (i: number) => string> = {
  "GET /api/events (newest first)": () => "/api/events",
  "GET /api/events?country&from": (i) => `/api/events?country=${["SYR", "UKR", "YEM"][i % 3]}&from=2023-01-01`,
  "GET /api/events?q (FTS5)": (i) =>
    `/api/events?q=${encodeURIComponent(["hospital", "convoy", "market school"][i % 3]!)}`,
  "GET /api/events?bbox": (i) => `/api/events?bbox=${30 + (i % 5)},30,${34 + (i % 5)},38`,
  "GET /api/events?fatalities_min": (i) => `/api/events?fatalities_min=${10 + (i % 5)}&sort=-event_date`,
  "GET /api/events?actor": (i) =>
    `/api/events?actor=${encodeURIComponent(["rebels", "police forces of iraq"][i % 2]!)}`,
  "GET /api/events/:id": (i) => `/api/events/${eventIds[i % eventIds.length]}`,
  "GET /api/events/summary (one country, one month)": (i) =>
    `/api/events/summary?country=${["SYR", "UKR", "YEM"][i % 3]}&from=2023-0${1 + (i % 9)}-01&to=2023-0${1 + (i % 9)}-28`,
  "GET /api/events/geojson (a region, 1,000 points)": (i) =>
    `/api/events/geojson?bbox=${36 + (i % 3)},33,${40 + (i % 3)},37&limit=1000`,
};

function sampleEventIds(dbPath: string, count: number): string[] {
  const db = new Database(dbPath, { readonly: true });
  const { n } = db.prepare("select max(rowid) as n from events").get() as { n: number };
  const pick = db.prepare("select event_id from events where rowid >= ? limit 1").pluck();
  const ids = Array.from({ length: count }, (_, i) => pick.get(1 + Math.floor(((i * 7919) % count) * (n / count))));
  db.close();
  return ids.filter((id): id is string => typeof id === "string");
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** LOAD_CPU_PROF=DIR: the server writes a V8 CPU profile there when it stops (what a slow run spent its time on). */
function profileArgs(): string[] {
  const dir = process.env.LOAD_CPU_PROF;
  return dir ? ["--cpu-prof", `--cpu-prof-dir=${dir}`] : [];
}

async function startServer(port: number): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [...profileArgs(), "--import", "tsx", "src/cli/run.ts", "serve", "--db", path, "--port", String(port)],
    { env: { ...process.env, SITREP_TOKEN: token }, stdio: ["ignore", "ignore", "pipe"] },
  );
  let log = "";
  await new Promise<void>((resolve, reject) => {
    child.stderr!.on("data", (chunk: Buffer) => {
      log += chunk;
      if (log.includes("sitrep serving")) resolve();
    });
    child.on("exit", (code) => reject(new Error(`sitrep serve exited (${code}): ${log}`)));
  });
  child.stderr!.on("data", (chunk: Buffer) => process.stderr.write(`[serve] ${chunk}`));
  return child;
}

/** An invented report, different each time so that near-duplicate detection stores it. Its one event is dated:
 * an undated event makes the incremental merge read every undated event in the store (50,000 synthetic ones at
 * 1M), 8.8 s CPU on the server's main thread per report, which stalled every read (RESULTS.md). */
function report(n: number) {
  const town = ["Alder", "Birchford", "Cedarville", "Dunmore", "Elmstead"][n % 5];
  return {
    text:
      `An air strike hit the market in ${town} on Monday, killing ${3 + (n % 17)} civilians and wounding ${n % 23} others, ` +
      `local officials said on Tuesday. Witnesses said the strike on Monday destroyed ${2 + (n % 7)} shops near the main road, ` +
      `in report number ${n}.`,
    // After the synthetic store's last date, so the merge's dated windows hold only the writer's own events.
    published: process.env.LOAD_PUBLISHED ?? "2031-03-06",
    origin: `load-bench-${n}`,
  };
}

/** One endpoint for the set time; `alone` pauses the writer (after the report in hand) for it. */
async function readEndpoint(pathOf: (i: number) => string, state: WriterState, alone: boolean) {
  state.paused = alone;
  while (alone && state.busy) await new Promise((resolve) => setTimeout(resolve, 20));
  let i = 0;
  const result = await autocannon({
    url: base,
    connections: Number(connectionsArg),
    duration: Number(secondsArg),
    timeout: Number(timeoutArg), // seconds; a request answered later counts as an error
    requests: [{ method: "GET", setupRequest: (request) => ({ ...request, path: pathOf(i++) }) }],
  });
  state.paused = false;
  return result;
}

type Result = Awaited<ReturnType<typeof autocannon>>;

function row(name: string, result: Result): string {
  return `| ${name} | ${result.requests.average.toFixed(1)} | ${result.latency.p50} | ${result.latency.p99} | ${result.latency.max} | ${result.non2xx} | ${result.errors + result.timeouts} |`;
}

function pairRow(name: string, alone: Result, withWriter: Result): string {
  const cell = (r: Result) => `${r.requests.average.toFixed(1)} · ${r.latency.p50} · ${r.latency.p99}`;
  const bad = (r: Result) => r.non2xx + r.errors + r.timeouts;
  const ratio = (withWriter.latency.p99 / Math.max(1, alone.latency.p99)).toFixed(2);
  return `| ${name} | ${cell(alone)} | ${cell(withWriter)} | ${ratio} | ${bad(alone)}, ${bad(withWriter)} |`;
}

async function warmWriter(base: string): Promise<void> {
  const response = await fetch(`${base}/api/documents`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
    body: JSON.stringify(report(Date.now())),
  });
  if (!response.ok) throw new Error(`the warm-up write failed: ${response.status} ${await response.text()}`);
}

const formatLoad = (load: number[]) => load.map((l) => l.toFixed(1)).join(" ");

/** `busy` while a report is being posted: a pause takes effect once the report in hand is answered. */
type WriterState = { done: boolean; paused: boolean; busy: boolean };

/** Posts reports one after another, never faster than the write rate limit refills (no 429 expected). */
async function runWriter(base: string, stop: WriterState) {
  const spacingMs = 60_000 / CONFIG.apiWriteRateLimit.perMinute;
  const result = { posted: 0, failed: [] as string[], latencies: [] as number[] };
  // LOAD_WRITER=0: the reads alone, to tell what the writer costs them.
  for (let n = 0; !stop.done && process.env.LOAD_WRITER !== "0"; n++) {
    if (stop.paused) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      continue;
    }
    const started = Date.now();
    stop.busy = true;
    const response = await fetch(`${base}/api/documents`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
      body: JSON.stringify(report(n + Date.now())),
    });
    const body = await response.text();
    stop.busy = false;
    result.latencies.push(Date.now() - started);
    if (response.ok) result.posted++;
    else result.failed.push(`${response.status} ${body.slice(0, 200)}`);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, spacingMs - (Date.now() - started))));
  }
  return result;
}

const paired = process.env.LOAD_WRITER === "both";
const loadBefore = loadavg();
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const server = await startServer(port);
const stop: WriterState = { done: false, paused: paired, busy: false };
// The first write starts the server's write worker and loads the pipeline (seconds): not part of any pair.
if (process.env.LOAD_WRITER !== "0") await warmWriter(base);
const writer = runWriter(base, stop);
const rows: string[] = [];
let failures = 0;
try {
  for (const [name, pathOf] of Object.entries(ENDPOINTS)) {
    const alone = paired ? await readEndpoint(pathOf, stop, true) : undefined;
    const result = await readEndpoint(pathOf, stop, false);
    for (const r of [alone, result]) if (r) failures += r.errors + r.timeouts + r.non2xx;
    rows.push(paired ? pairRow(name, alone!, result) : row(name, result));
  }
} finally {
  stop.done = true;
}
const written = await writer;
server.kill("SIGTERM");
await new Promise((resolve) => server.once("exit", resolve)); // a profile is written as the server exits
const sorted = [...written.latencies].sort((a, b) => a - b);
console.log(
  `${new Date().toISOString()} ${cpus().length}x ${cpus()[0]?.model} Node ${process.version}, load average ${formatLoad(
    loadBefore,
  )} before, ${formatLoad(loadavg())} after; ${connectionsArg} connections, ${secondsArg} s per endpoint, timeout ${timeoutArg} s`,
);
console.log(
  paired
    ? "| endpoint | alone req/s · p50 · p99 ms | with writer req/s · p50 · p99 ms | p99 with / alone | non-2xx, errors |\n|---|---|---|---|---|\n" +
        rows.join("\n")
    : "| endpoint | req/s | p50 ms | p99 ms | max ms | non-2xx | errors |\n|---|---|---|---|---|---|---|\n" +
        rows.join("\n"),
);
console.log(
  `writer: ${written.posted} reports stored through POST /api/documents, ${written.failed.length} failed; ` +
    `latency p50 ${sorted[Math.floor(sorted.length / 2)] ?? "-"} ms, max ${sorted[sorted.length - 1] ?? "-"} ms`,
);
for (const failure of written.failed.slice(0, 5)) console.log(`writer failure: ${failure}`);
if (failures > 0 || written.failed.length > 0 || (written.posted === 0 && process.env.LOAD_WRITER !== "0")) {
  console.error(`FAILED: ${failures} bad read answers, ${written.failed.length} failed writes`);
  process.exitCode = 1;
}
