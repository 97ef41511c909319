// Writes need the bearer token; compared in constant time.
import { timingSafeEqual } from "node:crypto";
import type { Context } from "hono";
import { HttpError } from "./http-error.js";

/** `token` null: the server was started without SITREP_TOKEN and listens on loopback only, where writes are
 * open (the Host check and the JSON-only body already keep other web pages out). */
export function requireToken(c: Context, token: string | null): void {
  if (token === null) return;
  // Sliced, not matched with /^Bearer\s+(.+)$/: that pattern backtracks quadratically on a long run of blanks.
  const header = c.req.header("Authorization") ?? "";
  const given = /^Bearer\s/i.test(header) ? header.slice("Bearer ".length).trim() : "";
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  if (a.length !== b.length || !timingSafeEqual(a, b))
    throw new HttpError(401, "unauthorized", "this endpoint writes to the store: send Authorization: Bearer <token>");
}
