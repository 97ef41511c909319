import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { Hono } from "hono";
import { projectRoot } from "../paths.js";
import { CSP, serveWebFiles } from "./web-files.js";

function webApp(): Hono {
  const app = new Hono();
  serveWebFiles(app);
  return app;
}

describe("web files", () => {
  it("serves the page and the browser libraries from node_modules, so nothing comes from the internet", async () => {
    const app = webApp();
    for (const path of [
      "/",
      "/web/app.js",
      "/vendor/maplibre-gl/maplibre-gl.mjs",
      "/vendor/maplibre-gl/maplibre-gl-worker.mjs",
      "/vendor/uplot/uPlot.esm.js",
      "/vendor/world-atlas/countries-50m.json",
    ]) {
      const response = await app.request(path);
      assert.equal(response.status, 200, path);
    }
    assert.match(
      (await app.request("/vendor/maplibre-gl/maplibre-gl.mjs")).headers.get("Content-Type") ?? "",
      /javascript/,
    );
  });

  it("the page loads no script, style or font from another origin", async () => {
    const html = await (await webApp().request("/")).text();
    assert.doesNotMatch(html, /(src|href)="(https?:)?\/\//);
  });

  it("serves no other file: not outside web/, not an unlisted package file", async () => {
    const app = webApp();
    for (const path of [
      "/web/../package.json",
      "/web/%2e%2e/package.json",
      "/vendor/maplibre-gl/package.json",
      "/vendor/maplibre-gl/../../package.json",
      "/web/browser.test.ts",
    ]) {
      assert.equal((await app.request(path)).status, 404, path);
    }
  });

  it("the CSP allows this origin only and no inline script", () => {
    assert.match(CSP, /script-src 'self'(;|$)/);
    assert.match(CSP, /worker-src 'self'(;|$)/);
    assert.doesNotMatch(CSP, /unsafe-inline|unsafe-eval|blob:|\*/);
  });
});

it("no script of the page turns text into HTML", () => {
  const dir = join(projectRoot(), "web");
  const scripts = readdirSync(dir).filter((name) => name.endsWith(".js"));
  assert.ok(scripts.length >= 5);
  for (const name of scripts)
    assert.doesNotMatch(
      readFileSync(join(dir, name), "utf8"),
      /innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function/,
      name,
    );
});
