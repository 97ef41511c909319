// For the browser tests: a sitrep server on a fresh temporary store holding the sample reports, and a
// headless Debian chromium with a fresh profile. Screenshots go to test-artifacts/ (gitignored).
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import { type BrowserContext, chromium } from "playwright-core";
import { createApp } from "../../src/api/app.js";
import { createExtractPool } from "../../src/extract/extract-pool.js";
import { loadSamples } from "../../src/load-samples.js";
import { projectRoot } from "../../src/paths.js";
import { openSqliteStore } from "../../src/store/sqlite.js";

export const CHROMIUM = "/usr/bin/chromium";
export const TOKEN = "browser-test-token";
export const SCREENSHOTS = join(projectRoot(), "test-artifacts", "screenshots");

/** The flags the project's brief fixes: no GPU, no network chatter, no first-run dialogs. */
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export type Workbench = { url: string; context: BrowserContext; events: number; stop(): Promise<void> };

export async function startWorkbench(): Promise<Workbench> {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-browser-"));
  const store = await openSqliteStore(join(dir, "test.db"));
  // A generous budget: the tests share a busy machine, and the budget guards servers from hostile input, not tests.
  const pool = createExtractPool({ timeoutMs: 180_000 });
  const events = await loadSamples(store, pool);
  // The URL-ingest test serves its page from a local server: loopback is allowed, every other private range stays refused.
  const app = createApp({ store, token: TOKEN, pool, fetchPolicy: { allowedAddresses: ["127.0.0.1"] } });
  const server = await new Promise<Server>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }) as Server;
    s.once("listening", () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  mkdirSync(SCREENSHOTS, { recursive: true });
  // A persistent context is how playwright takes a user-data-dir: a fresh one per run, removed at stop.
  const context = await chromium.launchPersistentContext(join(dir, "profile"), {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: { width: 1280, height: 860 },
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    context,
    events,
    async stop() {
      await context.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await pool.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
