// DNS rebinding: a page on evil.example re-points its name at 127.0.0.1 and then reads this server as
// "same origin". Its requests still say Host: evil.example, so only names the server answers to are served.
// An address literal cannot be rebound, so any IP is accepted (a LAN address when listening on 0.0.0.0).
import { isIP } from "node:net";
import type { MiddlewareHandler } from "hono";
import { HttpError } from "./http-error.js";

const LOCAL_NAMES = ["localhost"];

/** `names`: extra host names to answer to (the --host given, --allow-host), without port. */
export function checkHost(names: readonly string[] = []): MiddlewareHandler {
  const allowed = new Set([...LOCAL_NAMES, ...names].map((n) => n.toLowerCase()));
  return async (c, next) => {
    const host = c.req.header("Host") ?? new URL(c.req.url).host;
    if (!isAllowedHost(host, allowed)) {
      throw new HttpError(
        421,
        "unknown-host",
        `this server does not answer to "${host}": use http://127.0.0.1 or http://localhost, or start it with --allow-host`,
      );
    }
    await next();
  };
}

export function isAllowedHost(host: string, allowed: ReadonlySet<string>): boolean {
  const name = hostName(host.trim().toLowerCase());
  return isIP(name) !== 0 || allowed.has(name) || allowed.has(name.replace(/\.$/, ""));
}

/** "example.org:8080" -> "example.org", "[::1]:8080" -> "::1". */
function hostName(host: string): string {
  if (host.startsWith("[")) return host.slice(1, host.indexOf("]") === -1 ? undefined : host.indexOf("]"));
  const colon = host.lastIndexOf(":");
  return colon === -1 ? host : host.slice(0, colon);
}
