// A URL -> its bytes, safely: only http(s), every hop's address checked before connecting (redirects included),
// a redirect limit, one deadline for the whole fetch and a byte cap. Any failure is a skipped input with its
// reason, never an exception: one dead link must not stop a run of thousands.
import type { IncomingHttpHeaders } from "node:http";
import { CONFIG } from "../config.js";
import type { SkippedInput, SkipReason } from "./raw-document.js";
import { HopError, requestOnce } from "./request-once.js";
import { type AddressPolicy, resolveCheckedAddress } from "./resolve-checked-address.js";

export type FetchOptions = AddressPolicy & {
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  userAgent?: string;
  /**
   * Stop at a redirect to another host and hand its URL back instead of following it, so the caller can
   * queue it behind that host's pause and robots.txt (fetchDocument does; robots.txt itself is followed).
   */
  stopAtOtherHost?: boolean;
  /** Redirects already followed before this call (a hop handed back and queued again counts on). */
  hopsSoFar?: number;
};

export type Fetched = {
  url: string;
  finalUrl: string;
  contentType?: string;
  headers: IncomingHttpHeaders;
  bytes: Buffer;
};

export type FetchOutcome =
  | { fetched: Fetched }
  | { skipped: SkippedInput }
  | { redirected: { to: string; hops: number } };

const USER_AGENT = "sitrep/0.1 (conflict-event extraction; one request per host at a time)";

export async function fetchUrl(url: string, options: FetchOptions = {}): Promise<FetchOutcome> {
  const maxRedirects = options.maxRedirects ?? CONFIG.maxRedirects;
  const limits = {
    deadline: Date.now() + (options.timeoutMs ?? CONFIG.fetchTimeoutMs),
    maxBytes: options.maxBytes ?? CONFIG.maxFetchBytes,
    userAgent: options.userAgent ?? USER_AGENT,
  };
  const skip = (reason: SkipReason, detail: string): FetchOutcome => ({ skipped: { origin: url, reason, detail } });
  const seen = new Set<string>();
  let current = parseHttpUrl(url);
  if (!current) return skip("bad-url", `"${url}" is not an http(s) URL`);
  for (let hop = options.hopsSoFar ?? 0; ; hop++) {
    if (seen.has(current.href)) return skip("too-many-redirects", `redirect loop back to ${current.href}`);
    seen.add(current.href);
    const address = await resolveCheckedAddress(current.hostname, options);
    if ("blocked" in address) return skip("blocked-address", address.blocked);
    if ("failed" in address) return skip("unresolvable-host", address.failed);
    let response;
    try {
      response = await requestOnce(current, address.resolved, limits);
    } catch (error) {
      const kind = error instanceof HopError ? error.kind : "fetch-failed";
      return skip(kind, `${current.href}: ${(error as Error).message}`);
    }
    const location = response.headers.location;
    if (response.status >= 300 && response.status < 400 && location) {
      if (hop >= maxRedirects)
        return skip("too-many-redirects", `more than ${maxRedirects} redirects (last to ${location})`);
      const next = parseHttpUrl(location, current);
      if (!next) return skip("fetch-failed", `${current.href} redirects to "${location}", not an http(s) URL`);
      if (options.stopAtOtherHost && next.host.toLowerCase() !== current.host.toLowerCase())
        return { redirected: { to: next.href, hops: hop + 1 } };
      current = next;
      continue;
    }
    if (response.status < 200 || response.status >= 300) {
      return {
        skipped: {
          origin: url,
          reason: "fetch-failed",
          detail: `${current.href} answered HTTP ${response.status}`,
          status: response.status,
        },
      };
    }
    const contentType = response.headers["content-type"];
    return { fetched: { url, finalUrl: current.href, contentType, headers: response.headers, bytes: response.body } };
  }
}

function parseHttpUrl(text: string, base?: URL): URL | null {
  try {
    const url = new URL(text, base);
    return url.protocol === "http:" || url.protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}

/** Is this input a URL to fetch rather than a path? */
export function isHttpUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}
