// Queued ingest with 1 and then 2 `sitrep worker` processes (the built CLI, bin/sitrep.js) on the same PostgreSQL:
// the same N invented reports are queued into a fresh database for each run, and the time from the last worker
// saying it is ready (each has loaded the pipeline's resources by then) to the queue being empty gives documents per
// second. Each run also reports the workers' CPU seconds in that window (from /proc) and the load average around
// it: on a shared machine the speed-up only means something when the load left a second core idle. Needs
// SITREP_BENCH_PG (a server URL whose role may create databases) and `npm run build`. Run on demand:
// `npx tsx bench/workers.bench.ts [--docs 200]` (enough for 30 s a run).
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { writeReports } from "./conflict-reports.js";

const server = process.env.SITREP_BENCH_PG;
if (!server) throw new Error("set SITREP_BENCH_PG=postgres://user:pass@host/db");
const docs = process.argv.includes("--docs") ? Number(process.argv[process.argv.indexOf("--docs") + 1]) : 200;

function run(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["bin/sitrep.js", ...args], { stdio: ["ignore", "ignore", "inherit"] });
    child.on("close", (status) => (status === 0 ? resolve() : reject(new Error(`sitrep ${args[0]} exited ${status}`))));
  });
}

async function freshDatabase(admin: pg.Client): Promise<string> {
  const name = `sitrep_bench_${Date.now()}`;
  await admin.query(`create database ${name} template template0 lc_collate 'C' lc_ctype 'C'`);
  const url = new URL(server!);
  url.pathname = `/${name}`;
  return url.toString();
}

async function timeWorkers(count: number, dir: string, admin: pg.Client): Promise<number> {
  const url = await freshDatabase(admin);
  await run(["ingest", dir, "--queue", "--db", url, "--published", "2024-05-06"]);
  const ready: Promise<void>[] = [];
  const workers = Array.from({ length: count }, () => {
    const child = spawn(process.execPath, ["bin/sitrep.js", "worker", "--db", url], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    ready.push(
      new Promise((resolve) =>
        child.stderr!.on("data", (chunk: Buffer) => chunk.toString().includes("waiting for jobs") && resolve()),
      ),
    );
    return child;
  });
  await Promise.all(ready);
  const started = Date.now();
  const cpuAtStart = workers.reduce((sum, w) => sum + cpuSeconds(w.pid!), 0);
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  while ((await db.query<{ n: number }>("select count(*)::int as n from graphile_worker.jobs")).rows[0].n > 0)
    await new Promise((r) => setTimeout(r, 250));
  const seconds = (Date.now() - started) / 1000;
  const stored = (await db.query<{ n: number }>("select count(*)::int as n from documents where status = 'ok'")).rows[0]
    .n;
  await db.end();
  const cpu = workers.reduce((sum, w) => sum + cpuSeconds(w.pid!), 0) - cpuAtStart;
  for (const w of workers) w.kill("SIGTERM");
  console.log(
    `${count} worker(s): ${docs} queued, ${stored} stored in ${seconds.toFixed(1)} s = ${(docs / seconds).toFixed(2)} documents/s; ` +
      `workers' CPU ${cpu.toFixed(1)} s (${((cpu / docs) * 1000).toFixed(0)} ms/document); load average ${load()}`,
  );
  return seconds;
}

/** User + system CPU seconds of a process and its threads so far (fields 14 and 15 of /proc/PID/stat, in ticks). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");

console.log(`load average before: ${load()}`);
const dir = join(mkdtempSync(join(tmpdir(), "sitrep-bench-")), "in");
writeReports(dir, docs);
const admin = new pg.Client({ connectionString: server });
await admin.connect();
const one = await timeWorkers(1, dir, admin);
const two = await timeWorkers(2, dir, admin);
console.log(`speed-up with 2 workers: ${(one / two).toFixed(2)}x`);
await admin.end();
