// Queued ingest with 1 and then 2 `sitrep worker` processes (the built CLI, bin/sitrep.js) on the same PostgreSQL:
// the same N invented reports are queued into a fresh database for each run, and the time from the last worker
// saying it is ready (each has loaded the pipeline's resources by then) to the queue being empty gives documents per
// second. On a shared machine that wall-clock speed-up means little, so each run also reports what it cost, which
// does not depend on the other load: the workers' CPU and the CPU of the PostgreSQL backends serving the run's
// database (from /proc, sampled every 100 ms), per document; the SQL statements the workers sent per document
// (counted inside each worker by bench/count-queries.mjs); the share of samples in which a backend waited on a lock;
// and the load average before and after. Needs SITREP_BENCH_PG (a server URL whose role may create databases, on
// this machine: /proc must show its backends) and `npm run build`. Run on demand:
// `npx tsx bench/workers.bench.ts [--docs 200] [--days 1] [--workers 1,2] [--jobs N] [--input workers|kill] [--partitions] [--queries]
//   [--profile] [--trace-gc] [--cpu-prof DIR] [--dump-incidents FILE] [--node-options "A B"] [--rounds R]
//   [--window 0.1,0.9] [--nice N] [--deciles]`
// The figure to read is the steady state between the `--window` marks (bench/steady-state.ts), in `--rounds` that
// alternate the worker counts, with `--nice -20` on a loaded box, and its speed-up by CPU on two idle cores.
// `--days D` spreads the reports over D publication dates (queued one date at a time), as a real feed is spread;
// with 1 every report is published on one day. `--jobs N` is passed on as `sitrep worker --jobs N`. `--input kill`
// takes the kill test's reports (24 towns in 12 countries over 120 days) for this bench's (11 towns in 6 countries,
// one week: dense blocks). `--partitions` runs the workers with `--merge-partitions`. `--queries` prints the
// statements sent most often. `--profile` prints, for each worker, its time by task and with no job, the CPU of its
// main, extraction and other threads, and when each merge ran with its documents and CPU (bench/worker-profile.ts);
// `--trace-gc` adds the GC pauses by heap, `--cpu-prof DIR` writes each worker's main-thread CPU profile. Merges run
// side by side by partition
// (src/merge/merge-partition.ts: a country each, the whole store for events of no country): each run prints the
// events per partition, the merge jobs run and their time, how many merges held their locks at once (sampled from
// pg_locks) and how many country merges met an event of no country and were merged again holding the whole store.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { inventKillReport } from "../src/cli/ingest-kill-reports.js";
import { inventReport } from "./conflict-reports.js";
import {
  listServerProcesses,
  type Mark,
  postgresCpu,
  processCpu,
  readStat,
  readSteadyState,
  type SteadyState,
  setAutogroupNice,
  summarise,
} from "./steady-state.js";
import {
  describeGc,
  describeJobTime,
  describeMerges,
  type JobLog,
  readJobLog,
  readThreadCpu,
  splitThreadCpu,
} from "./worker-profile.js";

const server = process.env.SITREP_BENCH_PG;
if (!server) throw new Error("set SITREP_BENCH_PG=postgres://user:pass@host/db");
const option = (name: string, fallback: string) =>
  process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback;
const docs = Number(option("--docs", "200"));
const days = Number(option("--days", "1"));
const workerCounts = option("--workers", "1,2").split(",").map(Number);
const jobs = [
  ...(process.argv.includes("--jobs") ? ["--jobs", option("--jobs", "1")] : []),
  ...(process.argv.includes("--partitions") ? ["--merge-partitions"] : []),
];
const showQueries = process.argv.includes("--queries");
const profile = process.argv.includes("--profile");
const traceGc = process.argv.includes("--trace-gc");
/** `--cpu-prof DIR`: each worker writes V8 CPU profiles of its threads there when it stops. */
const cpuProf = process.argv.includes("--cpu-prof") ? ["--cpu-prof", "--cpu-prof-dir", option("--cpu-prof", "")] : [];
const input = option("--input", "workers");
/** `--node-options "A B"`: flags for each worker's node (V8's GC settings, say), to measure what they cost. */
const nodeOptions = process.argv.includes("--node-options") ? option("--node-options", "").split(" ") : [];
/** `--dump-incidents FILE`: each run's incidents (their events' ids, sorted) to FILE.<workers>, to compare codes. */
const dumpIncidents = process.argv.includes("--dump-incidents") ? option("--dump-incidents", "") : undefined;
const invent = input === "kill" ? inventKillReport : inventReport;
/** `--rounds R`: R rounds of every worker count, the order reversed each round (1, 2, then 2, 1…) so a drift in the
 * machine's load falls on both; the speed-up is read round by round from the steady states. */
const rounds = Number(option("--rounds", "1"));
/** `--window 0.1,0.9`: the completion marks between which the steady state is read. */
const window = option("--window", "0.1,0.9").split(",").map(Number);
/** `--nice N` (root): the autogroup nice value of each worker and of the PostgreSQL server's processes (each backend
 * is a session of its own), so that on a box loaded by others the run gets about the CPU it would have alone; without
 * it two workers' speed-up over one measures the scheduler's shares. */
const nice = process.argv.includes("--nice") ? Number(option("--nice", "0")) : undefined;
/** `--deciles`: the CPU a document in each tenth of the documents stored, to tell a cost that fades as the workers
 * warm up (TurboFan compiling the hot functions, in each isolate of each worker) from one that stays. */
const deciles = process.argv.includes("--deciles");
/** Progress is read this often: at 40 documents/s, 100 ms is 4 documents, 0.5% of the window of 1,000. */
const SAMPLE_MS = 100;
const FIRST_DAY = Date.UTC(2024, 4, 6);

function run(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["bin/sitrep.js", ...args], { stdio: ["ignore", "ignore", "inherit"] });
    child.on("close", (status) => (status === 0 ? resolve() : reject(new Error(`sitrep ${args[0]} exited ${status}`))));
  });
}

async function freshDatabase(admin: pg.Client): Promise<{ name: string; url: string }> {
  const name = `sitrep_bench_${Date.now()}`;
  await admin.query(`create database ${name} template template0 lc_collate 'C' lc_ctype 'C'`);
  const url = new URL(server!);
  url.pathname = `/${name}`;
  return { name, url: url.toString() };
}

/** Report i into the folder of its publication day (i mod days), so each folder is queued with its own date. */
function writeInputs(root: string): string[] {
  const dirs = Array.from({ length: days }, (_, d) => join(root, `day-${d}`));
  for (const dir of dirs) mkdirSync(dir, { recursive: true });
  for (let i = 0; i < docs; i++) writeFileSync(join(dirs[i % days], `report-${i}.txt`), invent(i));
  return dirs;
}

const publishedOn = (day: number) => new Date(FIRST_DAY + day * 86_400_000).toISOString().slice(0, 10);

type Sample = {
  backendCpu: Map<number, number>;
  samples: number;
  /** Samples in which a backend waited on a row or table lock, and on a merge's advisory lock. */
  lockWaits: number;
  mergeLockWaits: number;
  /** Samples by how many merges held their locks (src/worker/merge-lock.ts), in the ingest phase and in the tail. */
  mergesAtOnce: { ingest: number[]; tail: number[] };
};

const newSample = (): Sample => ({
  backendCpu: new Map(),
  samples: 0,
  lockWaits: 0,
  mergeLockWaits: 0,
  mergesAtOnce: { ingest: [], tail: [] },
});

/** src/worker/merge-lock.ts's key: a merge holds it alone (the whole store) or shares it and holds (key, partition). */
const MERGE_LOCK = 7_117_017;

/** What PostgreSQL did for the run's database: its backends' CPU (by pid, as last seen: a backend that ends between
 * two samples loses at most 250 ms of its CPU), how often one of them waited on a lock, and how many merges held
 * their lock (a partition's, or the whole store's alone). */
async function sampleBackends(db: pg.Client, name: string, into: Sample, phase?: "ingest" | "tail"): Promise<void> {
  const { rows } = await db.query<{ pid: number; wait_event_type: string | null; wait_event: string | null }>(
    "select pid, wait_event_type, wait_event from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()",
    [name],
  );
  into.samples += 1;
  for (const row of rows) {
    const cpu = cpuSeconds(row.pid);
    if (cpu !== undefined) into.backendCpu.set(row.pid, cpu);
    if (row.wait_event_type === "Lock") row.wait_event === "advisory" ? into.mergeLockWaits++ : into.lockWaits++;
  }
  if (!phase) return;
  const held = await db.query<{ n: number }>(
    `select count(*)::int as n from pg_locks where locktype = 'advisory' and granted
       and database = (select oid from pg_database where datname = $1)
       and ((objsubid = 2 and classid = $2) or (objsubid = 1 and objid = $2 and mode = 'ExclusiveLock'))`,
    [name, MERGE_LOCK],
  );
  const counts = into.mergesAtOnce[phase];
  counts[held.rows[0].n] = (counts[held.rows[0].n] ?? 0) + 1;
}

/** "2 at once in 40% of samples, 1 in 55%": the share of samples by merges holding a lock, most first. */
function describeMergesAtOnce(counts: number[]): string {
  const total = counts.reduce((sum, n) => sum + (n ?? 0), 0);
  if (total === 0) return "no samples";
  const parts: string[] = [];
  for (let k = counts.length - 1; k >= 0; k--)
    if (counts[k]) parts.push(`${k} in ${((100 * counts[k]) / total).toFixed(0)}%`);
  return `${parts.join(", ")} of ${total} samples`;
}

/** What the workers' graphile-worker log says of merge jobs: how many ran, their summed time, and how many were
 * merged again holding the whole store (a country's merge that met an event of no country). */
type MergeLog = { jobs: number; ms: number; mergedAgain: number; crossing: number; crossingMerges: number };

function readMergeLog(child: ChildProcess, into: MergeLog): void {
  let rest = "";
  child.stdout!.on("data", (chunk: Buffer) => {
    const lines = (rest + chunk.toString()).split("\n");
    rest = lines.pop()!;
    for (const line of lines) {
      const done = /Completed task \d+ \(merge, ([\d.]+)ms/.exec(line);
      if (done) {
        into.jobs += 1;
        into.ms += Number(done[1]);
      }
      if (line.includes("merging again holding the whole store")) into.mergedAgain += 1;
      const crossing = /merge: (\d+) events of \S+ merged holding the whole store/.exec(line);
      if (crossing) {
        into.crossingMerges += 1;
        into.crossing += Number(crossing[1]);
      }
    }
  });
}

/** Events by merge partition: a country, "-" (no country, links to nothing), "*" (no country, may link to any). */
async function countPartitions(db: pg.Client): Promise<string> {
  const { rows } = await db.query<{ partition: string; n: number }>(
    `select coalesce(iso3, case when event_date is null and (location is null or actors is null or actors = '')
       then '-' else '*' end) as partition, count(*)::int as n from events group by 1 order by 2 desc`,
  );
  return rows.map((r) => `${r.partition} ${r.n}`).join(", ");
}

/** A run's wall time from ready to an empty queue, and its steady state between the window's marks. */
type RunResult = { seconds: number; steady: SteadyState | undefined; loadBefore: string; loadAfter: string };

async function timeWorkers(count: number, dirs: string[], admin: pg.Client): Promise<RunResult> {
  const { name, url } = await freshDatabase(admin);
  for (const [day, dir] of dirs.entries())
    await run(["ingest", dir, "--queue", "--db", url, "--published", publishedOn(day)]);
  const queryLog = join(mkdtempSync(join(tmpdir(), "sitrep-bench-queries-")), "q");
  const ready: Promise<void>[] = [];
  const mergeLog: MergeLog = { jobs: 0, ms: 0, mergedAgain: 0, crossing: 0, crossingMerges: 0 };
  let runStart: number | undefined;
  const jobLogs: JobLog[] = [];
  const workers = Array.from({ length: count }, () => {
    const child = spawn(
      process.execPath,
      [
        ...(traceGc ? ["--trace-gc"] : []),
        ...nodeOptions,
        ...cpuProf,
        "--import",
        "./bench/count-queries.mjs",
        "bin/sitrep.js",
        "worker",
        "--db",
        url,
        ...jobs,
      ],
      // A session each (detached), so each worker is an autogroup of its own as separately started services are: in
      // one session (the bench's), two workers shared one fair share of the CPU with each other and, on a loaded box,
      // ran no faster than one.
      { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, SITREP_BENCH_QUERIES: queryLog }, detached: true },
    );
    if (nice !== undefined) setAutogroupNice(child.pid!, nice);
    readMergeLog(child, mergeLog);
    jobLogs.push(readJobLog(child, () => runStart));
    ready.push(
      new Promise((resolve) =>
        child.stderr!.on("data", (chunk: Buffer) => chunk.toString().includes("waiting for jobs") && resolve()),
      ),
    );
    return child;
  });
  await Promise.all(ready);
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  const server = await findServer(db);
  if (nice !== undefined) for (const pid of listServerProcesses(server.postmaster)) setAutogroupNice(pid, nice);
  const before = newSample();
  await sampleBackends(db, name, before);
  await signalQueryCounts(workers);
  const loadBefore = load();
  const started = Date.now();
  runStart = started;
  const cpuAtStart = workers.map((w) => threadCpu(w.pid!));
  const threadsAtStart = workers.map((w) => readThreadCpu(w.pid!));
  const during = newSample();
  let extracted: number | undefined;
  const marks: Mark[] = [];
  for (;;) {
    const left = await db.query<{ task_identifier: string; n: number }>(
      "select task_identifier, count(*)::int as n from graphile_worker.jobs group by 1",
    );
    await markProgress(db, workers, server, during.backendCpu, marks);
    if (left.rows.length === 0) break;
    if (extracted === undefined && !left.rows.some((r) => r.task_identifier === "ingest"))
      extracted = (Date.now() - started) / 1000;
    await sampleBackends(db, name, during, extracted === undefined ? "ingest" : "tail");
    await new Promise((r) => setTimeout(r, SAMPLE_MS));
  }
  const seconds = (Date.now() - started) / 1000;
  await sampleBackends(db, name, during);
  const threads = workers.map((w, i) => threadCpu(w.pid!).map((t, j) => t - cpuAtStart[i][j]));
  const split = workers.map((w, i) => splitThreadCpu(w.pid!, threadsAtStart[i], readThreadCpu(w.pid!)));
  const mainCpu = threads.reduce((sum, [main]) => sum + main, 0);
  const cpu = threads.reduce((sum, [main, rest]) => sum + main + rest, 0);
  const loadAfter = load();
  await signalQueryCounts(workers);
  const stored = (await db.query<{ n: number }>("select count(*)::int as n from documents where status = 'ok'")).rows[0]
    .n;
  const incidents = await countIncidentFaults(db);
  const partitions = await countPartitions(db);
  if (dumpIncidents) await writeIncidents(db, `${dumpIncidents}.${count}`);
  await db.end();
  for (const w of workers) w.kill("SIGTERM");
  await Promise.all(workers.map((w) => new Promise((resolve) => w.once("close", resolve))));
  await admin.query(`drop database ${name}`);
  // The server back to the share it has between runs (its own processes outlive the run's backends).
  if (nice !== undefined) for (const pid of listServerProcesses(server.postmaster)) setAutogroupNice(pid, 0);
  const pgCpu = [...during.backendCpu].reduce((sum, [pid, end]) => sum + end - (before.backendCpu.get(pid) ?? 0), 0);
  const queries = readQueryCounts(queryLog, workers);
  const perDoc = (x: number) => ((x / docs) * 1000).toFixed(1);
  console.log(
    `${count} worker(s): ${docs} queued, ${stored} stored in ${seconds.toFixed(1)} s = ${(docs / seconds).toFixed(2)} documents/s\n` +
      `  last ingest job done at ${extracted?.toFixed(1)} s, then merges alone: a tail of ${(seconds - (extracted ?? seconds)).toFixed(1)} s\n` +
      `  events by merge partition: ${partitions}\n` +
      `  merge jobs ${mergeLog.jobs}, ${(mergeLog.ms / 1000).toFixed(1)} s in all; merged again holding the whole store ${mergeLog.mergedAgain}; ` +
      `events linked across countries, merged holding the whole store: ${mergeLog.crossing} in ${mergeLog.crossingMerges} merges\n` +
      `  merges holding their locks at once: ingest phase ${describeMergesAtOnce(during.mergesAtOnce.ingest)}; ` +
      `tail ${describeMergesAtOnce(during.mergesAtOnce.tail)}\n` +
      `  CPU per document: workers ${perDoc(cpu)} ms (main threads ${perDoc(mainCpu)}) + PostgreSQL ${perDoc(pgCpu)} ms = ${perDoc(cpu + pgCpu)} ms ` +
      `(${((cpu + pgCpu) / seconds).toFixed(2)} cores busy on average)\n` +
      `  statements per document ${(queries.total / docs).toFixed(1)}; a backend waiting on a lock in ` +
      `${during.lockWaits} of ${during.samples} samples, on a merge lock in ${during.mergeLockWaits}; ` +
      `events in no incident ${incidents.orphans}, in two ${incidents.twice}\n` +
      `  load average ${loadBefore} before, ${loadAfter} after`,
  );
  const steady = readSteadyState(marks, docs, window[0], window[1]);
  if (steady) console.log(`  ${describeSteadyState(steady)}`);
  if (deciles) console.log(describeDeciles(marks, docs));
  if (profile)
    for (const [i, log] of jobLogs.entries()) {
      const ms = (x: number) => perDoc(x);
      console.log(
        `  worker ${i + 1}: ${describeJobTime(log, seconds)}; CPU a document: main ${ms(split[i].main)}, ` +
          `extraction ${ms(split[i].extraction)}, other threads ${ms(split[i].other)} ms; merges at ${describeMerges(log)}` +
          (traceGc ? `; GC pauses by heap ${describeGc(log)}` : ""),
      );
    }
  if (showQueries)
    for (const [text, n, ms] of queries.top)
      console.log(`    ${(n / docs).toFixed(2).padStart(6)}/doc ${(ms / docs).toFixed(2).padStart(6)} ms/doc  ${text}`);
  return { seconds, steady, loadBefore, loadAfter };
}

/** Documents stored so far, with the workers' and the server's CPU at that moment. */
async function markProgress(
  db: pg.Client,
  workers: ChildProcess[],
  server: Server,
  backendCpu: Map<number, number>,
  marks: Mark[],
) {
  const { rows } = await db.query<{ n: number }>("select count(*)::int as n from documents");
  const workersCpu = workers.reduce((sum, w) => sum + processCpu(w.pid!), 0);
  // The bench's own backend (these samples, ten a second) is not the workers' cost.
  const postgres = postgresCpu(server.postmaster) - processCpu(server.sampler);
  // With one job in hand a worker's main thread, its extraction thread and its backends take turns: their CPU is
  // its serial path (as last sampled, for the backends); V8's helper threads and the server's own processes run beside.
  const serialThreads = workers.reduce((sum, w) => sum + serialThreadsCpu(w.pid!), 0);
  const serialCpu = serialThreads + sumValues(backendCpu);
  marks.push({ at: Date.now(), stored: rows[0].n, workersCpu, postgresCpu: postgres, serialCpu, serialThreads });
}

const sumValues = (map: Map<number, number>) => [...map.values()].reduce((sum, x) => sum + x, 0);

/** A worker's main thread and its extraction thread (the busiest other: it runs every pipeline stage). */
function serialThreadsCpu(pid: number): number {
  const threads = readThreadCpu(pid);
  const others = [...threads].filter(([tid]) => tid !== pid).map(([, s]) => s);
  return (threads.get(pid) ?? 0) + Math.max(0, ...others);
}

function describeSteadyState(s: SteadyState): string {
  const cpu = s.workersMsPerDoc + s.postgresMsPerDoc;
  return (
    `steady state (${window.map((w) => `${w * 100}%`).join("–")} of the documents, ${s.docs}): ${s.docsPerSecond.toFixed(2)} documents/s; ` +
    `CPU a document: workers ${s.workersMsPerDoc.toFixed(1)} ms + PostgreSQL server ${s.postgresMsPerDoc.toFixed(1)} ms = ` +
    `${cpu.toFixed(1)} ms (${((cpu * s.docsPerSecond) / 1000).toFixed(2)} cores busy; at most ${(2000 / cpu).toFixed(1)} documents/s on 2 cores); ` +
    `serial path (main and extraction threads, their backends) ${s.serialMsPerDoc.toFixed(1)} ms; ` +
    `the workers' other threads (V8's compiler and GC helpers) ${s.helperMsPerDoc.toFixed(1)} ms`
  );
}

/** One line a tenth of the documents: documents/s, and the CPU a document of the serial threads (main and extraction),
 * the other threads (V8's helpers), the server. */
function describeDeciles(marks: Mark[], docs: number): string {
  const lines: string[] = [];
  for (let d = 0; d < 10; d++) {
    const s = readSteadyState(marks, docs, d / 10, (d + 1) / 10);
    if (!s) continue;
    const serialThreads = s.workersMsPerDoc - s.helperMsPerDoc;
    lines.push(
      `    ${d * 10}–${(d + 1) * 10}%: ${s.docsPerSecond.toFixed(1)} docs/s; ms a document: main + extraction ` +
        `${serialThreads.toFixed(1)}, other threads ${s.helperMsPerDoc.toFixed(1)}, server ${s.postgresMsPerDoc.toFixed(1)}`,
    );
  }
  return lines.join("\n");
}

type Server = { postmaster: number; sampler: number };

/** The postmaster (the parent of the server's checkpointer: this machine's /proc must show the server) and the
 * backend serving `db`. */
async function findServer(db: pg.Client): Promise<Server> {
  const { rows } = await db.query<{ pid: number; sampler: number }>(
    "select pid, pg_backend_pid() as sampler from pg_stat_activity where backend_type = 'checkpointer'",
  );
  const checkpointer = readStat(`/proc/${rows[0].pid}/stat`);
  if (!checkpointer) throw new Error("the server's checkpointer is not in this machine's /proc");
  return { postmaster: checkpointer.parent, sampler: rows[0].sampler };
}

async function signalQueryCounts(workers: ChildProcess[]): Promise<void> {
  for (const w of workers) w.kill("SIGUSR2");
  await new Promise((r) => setTimeout(r, 300));
}

/** The statements sent between the two SIGUSR2s (each worker's second line less its first): how many, and the
 * milliseconds the workers waited for their answers (PostgreSQL's work plus the round trip). */
function readQueryCounts(file: string, workers: ChildProcess[]): { total: number; top: [string, number, number][] } {
  const sent = new Map<string, [number, number]>();
  for (const w of workers) {
    const [first, last] = readFileSync(`${file}.${w.pid}`, "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, [number, number]>);
    for (const [text, [n, ms]] of Object.entries(last)) {
      const [n0, ms0] = first[text] ?? [0, 0];
      const [n1, ms1] = sent.get(text) ?? [0, 0];
      sent.set(text, [n1 + n - n0, ms1 + ms - ms0]);
    }
  }
  const top = [...sent].map(([text, [n, ms]]) => [text, n, ms] as [string, number, number]).filter(([, n]) => n > 0);
  top.sort((a, b) => b[2] - a[2]);
  return { total: top.reduce((sum, [, n]) => sum + n, 0), top: top.slice(0, 25) };
}

/** The merge's promise, checked at the end of each run: every event in exactly one incident. */
async function countIncidentFaults(db: pg.Client): Promise<{ orphans: number; twice: number }> {
  const { rows } = await db.query<{ orphans: number; twice: number }>(
    `select count(*) filter (where n = 0)::int as orphans, count(*) filter (where n > 1)::int as twice from (
       select e.event_id, count(ie.incident_id) as n from events e left join incident_events ie using (event_id)
       group by e.event_id) m`,
  );
  return rows[0];
}

/** User + system CPU seconds of a process and its threads so far (fields 14 and 15 of /proc/PID/stat, in ticks);
 * undefined once it has gone. */
function cpuSeconds(pid: number, file = `/proc/${pid}/stat`): number | undefined {
  return readStat(file)?.own;
}

/** CPU seconds of a process's main thread (its task of the same id) and of its other threads (in a worker, the
 * extraction thread and V8's helpers). */
function threadCpu(pid: number): [number, number] {
  const total = cpuSeconds(pid) ?? 0;
  const main = cpuSeconds(pid, `/proc/${pid}/task/${pid}/stat`) ?? 0;
  return [main, total - main];
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");

console.log(
  `${docs} reports (${input}) over ${days} publication day(s); workers ${workerCounts.join(", ")} ${jobs.join(" ")}; ${new Date().toISOString()}`,
);
const dirs = writeInputs(join(mkdtempSync(join(tmpdir(), "sitrep-bench-")), "in"));
const admin = new pg.Client({ connectionString: server });
await admin.connect();
const results: Map<number, RunResult>[] = [];
for (let round = 0; round < rounds; round++) {
  const order = round % 2 === 0 ? workerCounts : [...workerCounts].reverse();
  const result = new Map<number, RunResult>();
  for (const count of order) result.set(count, await timeWorkers(count, dirs, admin));
  results.push(result);
  if (result.has(1) && result.has(2))
    console.log(
      `round ${round + 1}: speed-up with 2 workers ${(result.get(1)!.seconds / result.get(2)!.seconds).toFixed(2)}x from ready to ` +
        `an empty queue, ${describeRatio(result)} in the steady state`,
    );
}
if (rounds > 1) describeRounds(results);
await admin.end();

function describeRatio(result: Map<number, RunResult>): string {
  const [one, two] = [result.get(1)?.steady, result.get(2)?.steady];
  return one && two
    ? `${(two.docsPerSecond / one.docsPerSecond).toFixed(2)}x (by CPU on 2 idle cores ${estimateIdleRatio(one, two).toFixed(2)}x)`
    : "no";
}

/** The speed-up two workers would have on 2 cores of their own, from CPU alone: one worker's documents take at least
 * its serial path each; two workers at best fill both cores with all the CPU they and the server spend a document
 * (and neither runs faster than its own serial path). On a loaded box a worker waits for the CPU at each of its
 * turns (a statement, a hand-over to the extraction thread), so one worker's wall time there is mostly waiting and
 * two workers overlap their waits: the wall-clock ratio then measures the scheduler, this one the code. */
function estimateIdleRatio(one: SteadyState, two: SteadyState): number {
  const twoCpu = two.workersMsPerDoc + two.postgresMsPerDoc;
  return Math.min((2 * one.serialMsPerDoc) / twoCpu, (2 * one.serialMsPerDoc) / two.serialMsPerDoc);
}

/** Each round's steady documents/s, and the median and spread of the speed-ups and of the CPU a document. */
function describeRounds(all: Map<number, RunResult>[]): void {
  const rows = all.map((r, i) => {
    const part = (n: number) => {
      const run = r.get(n);
      const s = run?.steady;
      return s
        ? `${n}w ${s.docsPerSecond.toFixed(1)} docs/s (${s.workersMsPerDoc.toFixed(1)} + ${s.postgresMsPerDoc.toFixed(1)} ms CPU, load ${run.loadBefore.split(" ")[0]}→${run.loadAfter.split(" ")[0]})`
        : `${n}w -`;
    };
    return `  round ${i + 1}: ${workerCounts.map(part).join(", ")}, ratio ${describeRatio(r)}`;
  });
  console.log(`steady state by round:\n${rows.join("\n")}`);
  const ratios = all
    .map((r) => [r.get(1)?.steady, r.get(2)?.steady])
    .filter(([a, b]) => a && b)
    .map(([a, b]) => b!.docsPerSecond / a!.docsPerSecond);
  if (ratios.length === 0) return;
  const s = summarise(ratios);
  const idle = summarise(
    all
      .map((r) => [r.get(1)?.steady, r.get(2)?.steady])
      .filter(([a, b]) => a && b)
      .map(([a, b]) => estimateIdleRatio(a!, b!)),
  );
  console.log(
    `by CPU on 2 idle cores: median ${idle.median.toFixed(2)}x, ${idle.min.toFixed(2)}–${idle.max.toFixed(2)}`,
  );
  console.log(
    `steady-state speed-up with 2 workers: median ${s.median.toFixed(2)}x, ${s.min.toFixed(2)}–${s.max.toFixed(2)} over ${ratios.length} rounds`,
  );
  for (const n of workerCounts) {
    const steady = all.map((r) => r.get(n)?.steady).filter((x) => x !== undefined);
    const w = summarise(steady.map((x) => x.workersMsPerDoc));
    const p = summarise(steady.map((x) => x.postgresMsPerDoc));
    const d = summarise(steady.map((x) => x.docsPerSecond));
    const q = summarise(steady.map((x) => x.serialMsPerDoc));
    console.log(
      `  ${n} worker(s): median ${d.median.toFixed(1)} docs/s (${d.min.toFixed(1)}–${d.max.toFixed(1)}); CPU a document: workers ` +
        `${w.median.toFixed(1)} ms (${w.min.toFixed(1)}–${w.max.toFixed(1)}), PostgreSQL server ${p.median.toFixed(1)} ms (${p.min.toFixed(1)}–${p.max.toFixed(1)}), ` +
        `serial path ${q.median.toFixed(1)} ms (${q.min.toFixed(1)}–${q.max.toFixed(1)})`,
    );
  }
}

/** One line an incident: its events' ids, sorted; the lines sorted. Incident ids are left out (a hash of the members
 * on both codes, but compared by members the file says which events moved). */
async function writeIncidents(db: pg.Client, file: string): Promise<void> {
  const { rows } = await db.query<{ members: string }>(
    "select string_agg(event_id, ' ' order by event_id) as members from incident_events group by incident_id",
  );
  writeFileSync(
    file,
    `${rows
      .map((r) => r.members)
      .sort()
      .join("\n")}\n`,
  );
}
