// CPU time (user + system) of this process, which machine load on the shared box inflates far less than wall
// time; the benches compare medians of rounds run in one process.

/** Milliseconds of CPU the work took. */
export function cpuMs(work: () => void): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** The middle value (the upper one of an even count): rounds hit by a burst of load do not move it. */
export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
