// The workbench page and the browser libraries it runs, served from this package and its node_modules: the
// page works offline (no CDN, no tiles, no web fonts) and under a CSP that allows only this origin.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join, normalize } from "node:path";
import type { Context, Hono } from "hono";
import { projectRoot } from "../paths.js";
import { HttpError } from "./http-error.js";

const CONTENT_TYPES: Record<string, string> = {
  html: "text/html; charset=utf-8",
  js: "text/javascript; charset=utf-8",
  mjs: "text/javascript; charset=utf-8",
  css: "text/css; charset=utf-8",
  json: "application/json",
};

/** URL prefix -> the package folder it serves, and the only files in it a page may ask for. */
const VENDOR: Record<string, { pkg: string; folder: string; files: string[] }> = {
  "/vendor/maplibre-gl/": {
    pkg: "maplibre-gl",
    folder: "dist",
    files: ["maplibre-gl.mjs", "maplibre-gl-worker.mjs", "maplibre-gl-shared.mjs", "maplibre-gl.css"],
  },
  "/vendor/uplot/": { pkg: "uplot", folder: "dist", files: ["uPlot.esm.js", "uPlot.min.css"] },
  "/vendor/topojson-client/": { pkg: "topojson-client", folder: "dist", files: ["topojson-client.min.js"] },
  // Natural Earth's 1:50m country borders (public domain) as TopoJSON, packaged by world-atlas (ISC).
  "/vendor/world-atlas/": { pkg: "world-atlas", folder: "", files: ["countries-50m.json"] },
};

/**
 * The Content-Security-Policy of every response: scripts, workers, styles and fetches from this origin only.
 * MapLibre 6 loads its worker as a module file beside itself (no blob: worker) and sets styles through the
 * CSSOM, which style-src does not govern, so no 'unsafe-inline' or blob: is needed.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

export function serveWebFiles(app: Hono): void {
  const webDir = join(projectRoot(), "web");
  app.get("/", (c) => sendFile(c, join(webDir, "index.html")));
  app.get("/web/:file{[a-z0-9-]+\\.(js|css)}", (c) => sendFile(c, join(webDir, c.req.param("file"))));
  for (const [prefix, { pkg, folder, files }] of Object.entries(VENDOR)) {
    const dir = join(packageDir(pkg), folder);
    for (const file of files) app.get(prefix + file, (c) => sendFile(c, join(dir, file), "public, max-age=86400"));
  }
}

async function sendFile(c: Context, path: string, cacheControl = "no-cache"): Promise<Response> {
  const body = await readFile(normalize(path)).catch(() => {
    throw new HttpError(404, "not-found", `no such file: ${c.req.path}`);
  });
  const type = CONTENT_TYPES[path.split(".").pop() ?? ""] ?? "application/octet-stream";
  return c.body(body, 200, { "Content-Type": type, "Cache-Control": cacheControl });
}

/** Where a package is installed: resolved as Node would (hoisted when sitrep is itself a dependency). */
function packageDir(pkg: string): string {
  try {
    return dirname(createRequire(import.meta.url).resolve(`${pkg}/package.json`));
  } catch {
    return join(projectRoot(), "node_modules", pkg);
  }
}
