// The steady state of a workers run: documents a second, and the CPU a document of the workers and of the whole
// PostgreSQL server, between two completion marks (by default 10% and 90% of the documents stored). The run's
// wall time from "ready" to an empty queue holds each worker's JIT warm-up (TurboFan compiles the pipeline's hot
// functions through the first few hundred reports), the start of the queue and its tail (the last merge alone on one
// core); a long-running worker sees none of them, so the ratio of two workers to one is read between the marks.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";

/** One reading: when, how many documents were stored, and the CPU seconds so far of the workers and of PostgreSQL. */
export type Mark = {
  at: number;
  stored: number;
  workersCpu: number;
  postgresCpu: number;
  serialCpu: number;
  /** The workers' main and extraction threads alone (serialCpu less the backends). */
  serialThreads: number;
};

export type SteadyState = {
  docsPerSecond: number;
  workersMsPerDoc: number;
  postgresMsPerDoc: number;
  /** The workers' main and extraction threads and their backends: what one worker does one part after another. */
  serialMsPerDoc: number;
  /** The workers' other threads: V8's compiler and GC helpers, libuv's pool. */
  helperMsPerDoc: number;
  docs: number;
};

/** A /proc stat file (a process's `/proc/PID/stat`, a thread's `/proc/PID/task/TID/stat`): user + system CPU
 * seconds of the process and its threads (fields 14, 15), of its children it has waited for (16, 17), and its
 * parent (field 4); undefined once it has gone. */
export function readStat(file: string): { own: number; reaped: number; parent: number } | undefined {
  try {
    const fields = readFileSync(file, "utf8").split(") ")[1].split(" ");
    return {
      own: (Number(fields[11]) + Number(fields[12])) / 100,
      reaped: (Number(fields[13]) + Number(fields[14])) / 100,
      parent: Number(fields[1]),
    };
  } catch {
    return undefined;
  }
}

const readCpu = (pid: number) => readStat(`/proc/${pid}/stat`);

export const processCpu = (pid: number) => readCpu(pid)?.own ?? 0;

/** The postmaster's live children (backends, WAL writer, checkpointer, autovacuum), each with its own CPU. */
function readServerChildren(postmaster: number): { pid: number; own: number }[] {
  const children: { pid: number; own: number }[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const child = readCpu(Number(entry));
    if (child?.parent === postmaster) children.push({ pid: Number(entry), own: child.own });
  }
  return children;
}

/** The whole server's CPU so far: the postmaster's, its live children's (backends, WAL writer, checkpointer,
 * autovacuum) and what its ended children used (the postmaster's reaped time), so a backend that ends between two
 * readings loses nothing. Other databases' work on the same server is in it too. */
export function postgresCpu(postmaster: number): number {
  const root = readCpu(postmaster);
  if (!root) return 0;
  return readServerChildren(postmaster).reduce((total, child) => total + child.own, root.own + root.reaped);
}

/** The first mark at or past `share` of the documents (marks in time order). */
const markAt = (marks: Mark[], docs: number, share: number) => marks.find((m) => m.stored >= share * docs);

/** Between the marks at `from` and `to` of `docs` (shares, 0–1); undefined when the run never reached them. */
export function readSteadyState(marks: Mark[], docs: number, from: number, to: number): SteadyState | undefined {
  const start = markAt(marks, docs, from);
  const end = markAt(marks, docs, to);
  if (!start || !end || end.stored <= start.stored) return undefined;
  const stored = end.stored - start.stored;
  const perDoc = (seconds: number) => (seconds / stored) * 1000;
  return {
    docs: stored,
    docsPerSecond: stored / ((end.at - start.at) / 1000),
    workersMsPerDoc: perDoc(end.workersCpu - start.workersCpu),
    postgresMsPerDoc: perDoc(end.postgresCpu - start.postgresCpu),
    serialMsPerDoc: perDoc(end.serialCpu - start.serialCpu),
    helperMsPerDoc: perDoc(end.workersCpu - end.serialThreads - (start.workersCpu - start.serialThreads)),
  };
}

/** The middle value (the mean of the two middle ones for an even count) and the smallest and largest. */
export function summarise(values: number[]): { median: number; min: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1] };
}

/** The server's processes: the postmaster and its children. */
export function listServerProcesses(postmaster: number): number[] {
  return [postmaster, ...readServerChildren(postmaster).map((child) => child.pid)];
}

/** Sets the nice value of the process's autogroup (Linux with sched_autogroup: the scheduler shares the CPU between
 * sessions first, so a process's own nice value only weighs it against its own session). */
export function setAutogroupNice(pid: number, nice: number): void {
  try {
    writeFileSync(`/proc/${pid}/autogroup`, String(nice));
  } catch {
    // Gone already, or not allowed (not root): the run is measured at the default share, as without --nice.
  }
}
