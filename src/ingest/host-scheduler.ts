// Runs fetch jobs with bounded concurrency and per-host politeness: at most one request in flight per host and
// a pause between two requests to the same host. Jobs wait in one queue per host, so a feed of 500 links to one
// site does not hold up the links to other sites behind it. Jobs may add jobs (a fetched feed adds its items).

export type SchedulerOptions<J> = {
  concurrency: number;
  hostDelayMs: number;
  run: (job: J) => Promise<void>;
};

export type HostScheduler<J> = {
  add(job: J): void;
  /** A longer pause for one host (its robots.txt Crawl-delay); never shorter than `hostDelayMs`. */
  slowHost(host: string, delayMs: number): void;
  drained(): Promise<void>;
};

export function createHostScheduler<J extends { url: string }>(options: SchedulerOptions<J>): HostScheduler<J> {
  const waiting = new Map<string, J[]>(); // host -> its jobs, in the order they came
  const busyHosts = new Set<string>();
  const lastFinished = new Map<string, number>();
  const hostDelays = new Map<string, number>();
  let active = 0;
  let timer: NodeJS.Timeout | undefined;
  let drainWaiters: (() => void)[] = [];

  function pump(): void {
    while (active < Math.max(1, options.concurrency)) {
      const next = findReadyHost();
      if (!next.host) {
        scheduleWake(next.waitMs);
        break;
      }
      start(next.host);
    }
    if (active === 0 && waiting.size === 0) {
      for (const resolve of drainWaiters) resolve();
      drainWaiters = [];
    }
  }

  /** The first host with work that is neither busy nor inside its pause, else how long until one will be. */
  function findReadyHost(): { host?: string; waitMs: number } {
    const now = Date.now();
    let waitMs = Infinity;
    for (const host of waiting.keys()) {
      if (busyHosts.has(host)) continue;
      const readyAt = (lastFinished.get(host) ?? -Infinity) + Math.max(options.hostDelayMs, hostDelays.get(host) ?? 0);
      if (readyAt <= now) return { host, waitMs: 0 };
      waitMs = Math.min(waitMs, readyAt - now);
    }
    return { waitMs };
  }

  function scheduleWake(waitMs: number): void {
    if (timer) clearTimeout(timer);
    timer = Number.isFinite(waitMs) ? setTimeout(() => ((timer = undefined), pump()), waitMs) : undefined;
  }

  function start(host: string): void {
    const queue = waiting.get(host)!;
    const job = queue.shift()!;
    if (queue.length === 0) waiting.delete(host);
    busyHosts.add(host);
    active += 1;
    options
      .run(job)
      .catch(() => undefined) // run reports its own failures; the scheduler must keep going whatever happens
      .finally(() => {
        active -= 1;
        busyHosts.delete(host);
        lastFinished.set(host, Date.now());
        pump();
      });
  }

  return {
    add(job) {
      const host = hostOf(job.url);
      const queue = waiting.get(host);
      if (queue) queue.push(job);
      else waiting.set(host, [job]);
      pump();
    },
    slowHost(host, delayMs) {
      hostDelays.set(host.toLowerCase(), delayMs);
    },
    drained() {
      if (active === 0 && waiting.size === 0) return Promise.resolve();
      return new Promise((resolve) => drainWaiters.push(resolve));
    },
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return "";
  }
}
