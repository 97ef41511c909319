// Per-client limits on the write endpoints: each extraction costs seconds of CPU, so one client posting in a loop
// would starve every other. A token bucket per client address: a burst up to `burst`, refilled at `perMinute`.
// Buckets live in this process (one server); the oldest are dropped past `maxClients` so a flood of addresses
// cannot grow memory without bound.

import { getConnInfo } from "@hono/node-server/conninfo";
import type { MiddlewareHandler } from "hono";
import { HttpError } from "./http-error.js";

export type RateLimit = { perMinute: number; burst: number; maxClients: number };

export function limitRate(limit: RateLimit, now: () => number = Date.now): MiddlewareHandler {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return async (c, next) => {
    const client = clientAddress(c);
    const t = now();
    const bucket = buckets.get(client) ?? { tokens: limit.burst, at: t };
    bucket.tokens = Math.min(limit.burst, bucket.tokens + ((t - bucket.at) / 60_000) * limit.perMinute);
    bucket.at = t;
    buckets.delete(client); // re-inserted last: the Map's order is least recently seen first
    buckets.set(client, bucket);
    if (buckets.size > limit.maxClients) buckets.delete(buckets.keys().next().value!);
    if (bucket.tokens < 1) {
      c.header("Retry-After", String(Math.ceil(((1 - bucket.tokens) / limit.perMinute) * 60)));
      throw new HttpError(
        429,
        "rate-limited",
        `too many write requests from ${client}: at most ${limit.perMinute} a minute`,
      );
    }
    bucket.tokens -= 1;
    await next();
  };
}

function clientAddress(c: Parameters<MiddlewareHandler>[0]): string {
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    return "unknown"; // no socket (app.request in tests): all such requests share one bucket
  }
}
