// CPU time (user + system) of this process, which machine load on the shared box inflates far less than wall
// time; the benches compare medians of rounds run in one process.
import { readFileSync } from "node:fs";

/** Milliseconds of CPU the work took. */
export function cpuMs(work: () => void): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/**
 * The work's CPU ms split into this (main) thread's and the rest of the process's: V8's helper threads, which
 * compile hot functions (TurboFan) and mark and sweep beside the main thread. A round can spend a third of its CPU
 * there while the JIT is still compiling (bench/RESULTS.md, session 21). `main` is undefined where
 * /proc/thread-self/schedstat (Linux; nanoseconds on the CPU) cannot be read.
 */
export function cpuMsSplit(work: () => void): { total: number; main?: number } {
  const mainBefore = threadNs();
  const total = cpuMs(work);
  const mainAfter = threadNs();
  if (mainBefore === undefined || mainAfter === undefined) return { total };
  return { total, main: (mainAfter - mainBefore) / 1e6 };
}

function threadNs(): number | undefined {
  try {
    return Number(readFileSync("/proc/thread-self/schedstat", "utf8").split(" ")[0]);
  } catch {
    return undefined;
  }
}

/** The middle value (the upper one of an even count): rounds hit by a burst of load do not move it. */
export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
