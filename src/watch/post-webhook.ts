// One notification POSTed as JSON to the user's webhook, under the fetcher's rules (src/ingest): http(s) only,
// the host's every address checked before connecting and the checked address used (no DNS rebinding), private
// and loopback addresses refused unless allowed (--allow-private), one deadline. A redirect is not followed: a
// webhook that moves is a misconfiguration to report, and following it would re-send the body elsewhere.
// A failure is returned, never thrown: a dead webhook must not stop the watch.
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { isIP } from "node:net";
import { CONFIG } from "../config.js";
import { type AddressPolicy, resolveCheckedAddress } from "../ingest/resolve-checked-address.js";

export type WebhookOutcome = { ok: true; status: number } | { ok: false; reason: string };

export async function postWebhook(
  url: string,
  payload: unknown,
  policy: AddressPolicy & { timeoutMs?: number } = {},
): Promise<WebhookOutcome> {
  const target = parseHttpUrl(url);
  if (!target) return { ok: false, reason: `"${url}" is not an http(s) URL` };
  const address = await resolveCheckedAddress(target.hostname, policy);
  if ("blocked" in address) return { ok: false, reason: address.blocked };
  if ("failed" in address) return { ok: false, reason: address.failed };
  const body = Buffer.from(JSON.stringify(payload));
  const hostname = target.hostname.replace(/^\[|\]$/g, "");
  return new Promise((resolve) => {
    const send = target.protocol === "https:" ? httpsRequest : httpRequest;
    const req = send({
      host: address.resolved.address,
      family: address.resolved.family,
      port: target.port || undefined,
      path: target.pathname + target.search,
      method: "POST",
      agent: false,
      servername: isIP(hostname) ? undefined : hostname,
      timeout: policy.timeoutMs ?? CONFIG.fetchTimeoutMs,
      headers: {
        host: target.host,
        "content-type": "application/json",
        "content-length": body.length,
        "user-agent": "sitrep/0.1 (watch notifications)",
      },
    });
    req.on("timeout", () => req.destroy(new Error("no answer within the time limit")));
    req.on("error", (error) => resolve({ ok: false, reason: `${target.href}: ${error.message}` }));
    req.on("response", (res) => {
      res.resume(); // the answer's body is not wanted
      const status = res.statusCode ?? 0;
      resolve(
        status >= 200 && status < 300
          ? { ok: true, status }
          : { ok: false, reason: `${target.href} answered HTTP ${status}` },
      );
    });
    req.end(body);
  });
}

function parseHttpUrl(text: string): URL | null {
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}
