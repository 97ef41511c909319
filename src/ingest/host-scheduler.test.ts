import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { createHostScheduler } from "./host-scheduler.js";

type Job = { url: string };

function watchJobs(workMs: number) {
  const inFlight = new Map<string, number>();
  const peak = new Map<string, number>();
  const spans: { host: string; start: number; end: number }[] = [];
  const bump = (key: string, by: number) => {
    inFlight.set(key, (inFlight.get(key) ?? 0) + by);
    peak.set(key, Math.max(peak.get(key) ?? 0, inFlight.get(key)!));
  };
  const run = async (job: Job) => {
    const host = new URL(job.url).host;
    const start = Date.now();
    bump(host, 1);
    bump("*", 1);
    await sleep(workMs);
    bump(host, -1);
    bump("*", -1);
    spans.push({ host, start, end: Date.now() });
  };
  return { run, peak, spans };
}

describe("host-scheduler", () => {
  it("runs hosts in parallel, one job at a time per host, pausing between jobs to one host", async () => {
    const watch = watchJobs(20);
    const scheduler = createHostScheduler<Job>({ concurrency: 3, hostDelayMs: 30, run: watch.run });
    for (let i = 0; i < 4; i++)
      for (const host of ["a.test", "b.test", "c.test"]) scheduler.add({ url: `https://${host}/${i}` });
    await scheduler.drained();
    assert.equal(watch.spans.length, 12, "every job ran");
    for (const host of ["a.test", "b.test", "c.test"]) assert.equal(watch.peak.get(host), 1);
    assert.equal(watch.peak.get("*"), 3);
    const a = watch.spans.filter((s) => s.host === "a.test").sort((x, y) => x.start - y.start);
    for (let i = 1; i < a.length; i++)
      assert.ok(a[i].start - a[i - 1].end >= 28, `pause kept: ${a[i].start - a[i - 1].end} ms`);
  });

  it("a host slowed by its Crawl-delay keeps the longer pause; a shorter one does not cut the default", async () => {
    const watch = watchJobs(5);
    const scheduler = createHostScheduler<Job>({ concurrency: 2, hostDelayMs: 20, run: watch.run });
    scheduler.slowHost("Slow.test", 80);
    scheduler.slowHost("quick.test", 1);
    for (let i = 0; i < 3; i++)
      for (const host of ["slow.test", "quick.test"]) scheduler.add({ url: `https://${host}/${i}` });
    await scheduler.drained();
    const gaps = (host: string) => {
      const s = watch.spans.filter((x) => x.host === host).sort((x, y) => x.start - y.start);
      return s.slice(1).map((x, i) => x.start - s[i].end);
    };
    for (const gap of gaps("slow.test")) assert.ok(gap >= 78, `crawl-delay kept: ${gap} ms`);
    for (const gap of gaps("quick.test")) assert.ok(gap >= 18, `default pause kept: ${gap} ms`);
  });

  it("a long queue for one host does not hold up another host's job", async () => {
    const watch = watchJobs(10);
    const scheduler = createHostScheduler<Job>({ concurrency: 2, hostDelayMs: 50, run: watch.run });
    for (let i = 0; i < 5; i++) scheduler.add({ url: `https://slow.test/${i}` });
    scheduler.add({ url: "https://other.test/1" });
    await scheduler.drained();
    const other = watch.spans.find((s) => s.host === "other.test")!;
    const slowStarts = watch.spans
      .filter((s) => s.host === "slow.test")
      .map((s) => s.start)
      .sort((x, y) => x - y);
    assert.ok(other.start < slowStarts[1], "the other host went before the second job to the busy host");
  });

  it("jobs added while running (a feed's items) are run before drained() resolves; a failing job does not stop it", async () => {
    const seen: string[] = [];
    const scheduler = createHostScheduler<Job>({
      concurrency: 2,
      hostDelayMs: 0,
      run: async (job) => {
        seen.push(job.url);
        if (job.url.endsWith("/feed")) scheduler.add({ url: "https://x.test/item" });
        if (job.url.endsWith("/bad")) throw new Error("boom");
      },
    });
    scheduler.add({ url: "https://x.test/bad" });
    scheduler.add({ url: "https://x.test/feed" });
    await scheduler.drained();
    assert.deepEqual(seen, ["https://x.test/bad", "https://x.test/feed", "https://x.test/item"]);
  });
});
