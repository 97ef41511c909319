// robots.txt (RFC 9309). Before the first page of a host, its /robots.txt is fetched once, through the same
// safe fetch as pages, and every URL of that host is checked against it for sitrep's user agent. Written
// here because the check needs the project's fetch (address policy, size cap); the parsing is robots-parser.
// - 2xx: its rules apply. 4xx (no robots.txt): everything is allowed.
// - 5xx or unreachable: the RFC says to assume complete disallow, so the host's pages are skipped with that
//   reason; `--ignore-robots` is the user's explicit override.
// - Crawl-delay (not in the RFC, but widely written): the host's pause becomes the longer of it and
//   `--host-delay`, capped at MAX_CRAWL_DELAY_MS so one site cannot stall a run for hours.
import { createRequire } from "node:module";
import { type FetchOptions, fetchUrl } from "./fetch-url.js";

// robots-parser is CommonJS exporting one function; its types declare an ES default export, which
// TypeScript's NodeNext resolution does not map onto module.exports, so it is required.
type Robots = {
  isAllowed(url: string, agent?: string): boolean | undefined;
  getCrawlDelay(agent?: string): number | undefined;
};
const robotsParser = createRequire(import.meta.url)("robots-parser") as (url: string, contents: string) => Robots;

export const ROBOTS_AGENT = "sitrep";
// A robots.txt is small; RFC 9309 asks crawlers to read at least 500 KiB.
const ROBOTS_MAX_BYTES = 512 * 1024;
export const MAX_CRAWL_DELAY_MS = 60_000;
const PAGE_REASONS = new Set(["blocked-address", "bad-url", "unresolvable-host"]);

export type RobotsVerdict = { allowed: true } | { allowed: false; detail: string };
export type RobotsCheck = (url: string) => Promise<RobotsVerdict>;

type HostRules = { isAllowed: (url: string) => boolean; crawlDelayMs?: number } | { unreachable: string };

/**
 * `pauseMs`: the per-host pause, kept between the robots.txt request and the host's first page too.
 * `onCrawlDelay(host, ms)`: told once per host whose robots.txt asks for a Crawl-delay (in ms, capped).
 */
export function createRobotsCheck(
  options: FetchOptions,
  pauseMs = 0,
  onCrawlDelay?: (host: string, ms: number) => void,
): RobotsCheck {
  const byOrigin = new Map<string, Promise<HostRules>>();
  return async (url) => {
    const { origin, host } = new URL(url);
    if (!byOrigin.has(origin)) {
      const rules = readHostRules(origin, options).then((r) => {
        const crawlDelay = ("crawlDelayMs" in r && r.crawlDelayMs) || 0;
        if (crawlDelay > 0) onCrawlDelay?.(host.toLowerCase(), crawlDelay);
        return pause(Math.max(pauseMs, crawlDelay), r);
      });
      byOrigin.set(origin, rules);
    }
    const rules = await byOrigin.get(origin)!;
    if ("unreachable" in rules)
      return {
        allowed: false,
        detail: `${origin}/robots.txt could not be read (${rules.unreachable}); RFC 9309 says to assume everything is disallowed (--ignore-robots overrides)`,
      };
    return rules.isAllowed(url)
      ? { allowed: true }
      : {
          allowed: false,
          detail: `${origin}/robots.txt disallows ${new URL(url).pathname} for ${ROBOTS_AGENT} (--ignore-robots overrides)`,
        };
  };
}

async function readHostRules(origin: string, options: FetchOptions): Promise<HostRules> {
  const robotsUrl = `${origin}/robots.txt`;
  const outcome = await fetchUrl(robotsUrl, { ...options, maxBytes: ROBOTS_MAX_BYTES });
  if ("skipped" in outcome) {
    const status = outcome.skipped.status;
    if (status !== undefined && status >= 400 && status < 500) return { isAllowed: () => true };
    // A refused address, a bad URL or a host with no address is the page fetch's to report, not a robots matter.
    if (PAGE_REASONS.has(outcome.skipped.reason)) return { isAllowed: () => true };
    return { unreachable: outcome.skipped.detail };
  }
  if ("redirected" in outcome) return { isAllowed: () => true }; // not asked for: robots.txt follows every redirect
  const robots = robotsParser(robotsUrl, outcome.fetched.bytes.toString("utf8"));
  // robots-parser answers undefined for a URL of another origin; each origin has its own rules here.
  return {
    isAllowed: (url) => robots.isAllowed(url, ROBOTS_AGENT) !== false,
    crawlDelayMs: crawlDelayMs(robots.getCrawlDelay(ROBOTS_AGENT)),
  };
}

/** A Crawl-delay in seconds as a pause in milliseconds, capped; nothing for none, zero or nonsense. */
export function crawlDelayMs(seconds: number | undefined): number | undefined {
  return typeof seconds === "number" && Number.isFinite(seconds) && seconds > 0
    ? Math.min(MAX_CRAWL_DELAY_MS, Math.round(seconds * 1000))
    : undefined;
}

function pause<T>(ms: number, value: T): Promise<T> {
  return ms > 0 ? new Promise((resolve) => setTimeout(() => resolve(value), ms)) : Promise.resolve(value);
}
