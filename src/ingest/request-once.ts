// One HTTP(S) request to an address already checked, with the body read under a byte cap and a deadline.
// Redirects are not followed here: the caller checks each new location's address first.
import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { isIP } from "node:net";
import type { Readable } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import type { ResolvedAddress } from "./resolve-checked-address.js";

export type HopResponse = { status: number; headers: IncomingHttpHeaders; body: Buffer };

export type HopLimits = { deadline: number; maxBytes: number; userAgent: string };

/** Why a hop failed, so the caller can name the skip reason. */
export class HopError extends Error {
  constructor(
    readonly kind: "timeout" | "too-large" | "fetch-failed",
    message: string,
  ) {
    super(message);
  }
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

export function requestOnce(url: URL, to: ResolvedAddress, limits: HopLimits): Promise<HopResponse> {
  return new Promise((resolve, reject) => {
    const hostname = url.hostname.replace(/^\[|\]$/g, "");
    const send = url.protocol === "https:" ? httpsRequest : httpRequest;
    const req = send({
      host: to.address, // the checked address: no second DNS lookup
      family: to.family,
      port: url.port || undefined,
      path: url.pathname + url.search,
      method: "GET",
      agent: false,
      servername: isIP(hostname) ? undefined : hostname, // TLS certificate checked against the name, not the IP
      headers: {
        host: url.host,
        "user-agent": limits.userAgent,
        accept:
          "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,text/plain;q=0.9,*/*;q=0.1",
        "accept-encoding": "gzip, deflate, br",
      },
    });
    const timer = setTimeout(
      () => fail(new HopError("timeout", `no complete answer within the time limit`)),
      Math.max(0, limits.deadline - Date.now()),
    );
    function fail(error: Error) {
      clearTimeout(timer);
      req.destroy();
      reject(error instanceof HopError ? error : new HopError("fetch-failed", error.message));
    }
    req.on("error", fail);
    req.on("response", (res) => {
      const status = res.statusCode ?? 0;
      if (REDIRECT_STATUSES.has(status) || status < 200 || status >= 300) {
        res.resume(); // the body of a redirect or an error page is not wanted
        clearTimeout(timer);
        req.destroy();
        resolve({ status, headers: res.headers, body: Buffer.alloc(0) });
        return;
      }
      readBody(res, limits.maxBytes).then((body) => {
        clearTimeout(timer);
        resolve({ status, headers: res.headers, body });
      }, fail);
    });
    req.end();
  });
}

/** The decoded body, refused past `maxBytes` both before (Content-Length) and after decompression (a gzip bomb). */
async function readBody(res: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(res.headers["content-length"]);
  if (declared > maxBytes)
    throw new HopError("too-large", `Content-Length ${declared} is over the ${maxBytes}-byte limit`);
  const stream = decompress(res);
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    total += chunk.length;
    if (total > maxBytes) {
      res.destroy();
      throw new HopError("too-large", `the response passed the ${maxBytes}-byte limit and was cut off`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function decompress(res: IncomingMessage): Readable {
  const encoding = String(res.headers["content-encoding"] ?? "")
    .trim()
    .toLowerCase();
  if (encoding === "gzip" || encoding === "x-gzip") return res.pipe(createGunzip());
  if (encoding === "deflate") return res.pipe(createInflate());
  if (encoding === "br") return res.pipe(createBrotliDecompress());
  return res;
}
