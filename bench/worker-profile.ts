// What each `sitrep worker` of the workers bench spent its run on (`--profile`), to tell where a second worker loses:
// the CPU of its threads (the main thread: job flow, saves, merges; the extraction thread; the rest: V8's helpers,
// concurrent GC marking among them, and libuv's pool), the time its jobs took by task and the time it held none
// (waiting for a job), and with `--trace-gc` the garbage collector's pauses in each thread's heap.
import type { ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { readStat } from "./steady-state.js";

/** CPU seconds so far of every thread of a process, by thread id (fields 14 and 15 of /proc/PID/task/TID/stat). */
export function readThreadCpu(pid: number): Map<number, number> {
  const cpu = new Map<number, number>();
  for (const tid of safeList(`/proc/${pid}/task`)) {
    const stat = readStat(`/proc/${pid}/task/${tid}/stat`);
    if (stat) cpu.set(Number(tid), stat.own);
  }
  return cpu;
}

const safeList = (dir: string) => {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
};

export type ThreadSplit = { main: number; extraction: number; other: number };

/** The CPU between two readings split by thread: the main thread (tid = pid), the extraction thread (the busiest of
 * the others: it runs every pipeline stage) and the rest. */
export function splitThreadCpu(pid: number, before: Map<number, number>, after: Map<number, number>): ThreadSplit {
  const deltas = [...after].map(([tid, s]) => [tid, s - (before.get(tid) ?? 0)] as const);
  const main = deltas.find(([tid]) => tid === pid)?.[1] ?? 0;
  const others = deltas.filter(([tid]) => tid !== pid).map(([, s]) => s);
  const extraction = Math.max(0, ...others);
  return { main, extraction, other: others.reduce((sum, s) => sum + s, 0) - extraction };
}

/** One worker's jobs as its graphile-worker log tells them: each job's end (ms
 * since `origin`) with its task and length, for a timeline; and GC pauses by heap (`--trace-gc`). */
export type JobLog = {
  /** `merge`: what a merge job logged before it completed (merge-task.ts); a merge put off logs nothing. */
  jobs: { task: string; end: number; ms: number; merge?: MergeLog }[];
  gcMsByHeap: Map<string, number>;
};

type MergeLog = { documents: number; cpuMs: number };

/** `origin()`: the run's start (Date.now()), undefined before it: jobs and GC before it are not counted. */
export function readJobLog(child: ChildProcess, origin: () => number | undefined): JobLog {
  const log: JobLog = { jobs: [], gcMsByHeap: new Map() };
  let rest = "";
  let merged: MergeLog | undefined;
  child.stdout!.on("data", (chunk: Buffer) => {
    const lines = (rest + chunk.toString()).split("\n");
    rest = lines.pop()!;
    const start = origin();
    if (start === undefined) return;
    for (const line of lines) {
      const done = /Completed task \d+ \((\w+), ([\d.]+)ms/.exec(line);
      if (done) {
        const ms = Number(done[2]);
        log.jobs.push({
          task: done[1],
          end: Date.now() - start,
          ms,
          ...(done[1] === "merge" ? { merge: merged } : {}),
        });
        if (done[1] === "merge") merged = undefined;
      }
      const merge = /merge: (\d+) documents in \d+ jobs, (\d+) ms of CPU/.exec(line);
      if (merge) merged = { documents: Number(merge[1]), cpuMs: Number(merge[2]) };
      const gc = /^\[\d+:(0x[0-9a-f]+)\]\s+\d+ ms: .*?, ([\d.]+) \/ [\d.]+ ms(?: \(\+ ([\d.]+) ms in)?/.exec(line);
      if (gc) {
        const ms = Number(gc[2]) + Number(gc[3] ?? 0);
        log.gcMsByHeap.set(gc[1], (log.gcMsByHeap.get(gc[1]) ?? 0) + ms);
      }
    }
  });
  return log;
}

/** "ingest 21.3 s, merge 4.1 s, no job 1.2 s": a worker's time by task in a run of `seconds`. */
export function describeJobTime(log: JobLog, seconds: number): string {
  const inRun = log.jobs;
  const byTask = new Map<string, number>();
  for (const job of inRun) byTask.set(job.task, (byTask.get(job.task) ?? 0) + job.ms / 1000);
  const busy = [...byTask.values()].reduce((sum, s) => sum + s, 0);
  const parts = [...byTask].map(([task, s]) => `${task} ${s.toFixed(1)} s`);
  return `${parts.join(", ")}, no job ${(seconds - busy).toFixed(1)} s`;
}

/** "3.2–5.0 (128 documents, 1.1 s CPU), …; merge CPU 1.1 s in all": when each merge job of a worker ran, in seconds
 * since the run's start, and what those that merged (not put off) logged. */
export function describeMerges(log: JobLog): string {
  const ran = log.jobs.filter((j) => j.task === "merge");
  const cpuMs = ran.reduce((sum, j) => sum + (j.merge?.cpuMs ?? 0), 0);
  const times = ran.map((j) => {
    const merge = j.merge ? ` (${j.merge.documents} documents, ${(j.merge.cpuMs / 1000).toFixed(1)} s CPU)` : "";
    return `${((j.end - j.ms) / 1000).toFixed(1)}–${(j.end / 1000).toFixed(1)}${merge}`;
  });
  return `${times.join(", ")} s; merge CPU ${(cpuMs / 1000).toFixed(1)} s in all`;
}

/** GC pauses (and incremental marking steps) by heap: the main thread's is the first to collect. */
export function describeGc(log: JobLog): string {
  return [...log.gcMsByHeap].map(([heap, ms]) => `${heap.slice(-4)} ${(ms / 1000).toFixed(2)} s`).join(", ");
}
