import { existsSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import { serve } from "@hono/node-server";
import { Command } from "commander";
import { createApp } from "../api/app.js";
import { type ReportWriter, writeInThisThread } from "../api/report-writer.js";
import { startWriteWorker } from "../api/start-write-worker.js";
import { CONFIG } from "../config.js";
import { SitrepError } from "../errors.js";
import { createExtractPool } from "../extract/extract-pool.js";
import { openStore, resolveDbLocation } from "../store/open-store.js";
import { isPostgresUrl, redactPassword } from "../store/postgres-url.js";
import type { Store } from "../store/store.js";
import { parsePort } from "./options.js";

type ServeOptions = {
  db?: string;
  port?: number;
  host: string;
  allowHost: string[];
  samples?: boolean;
  allowPrivate?: boolean;
};

export function serveCommand(): Command {
  return new Command("serve")
    .description("serve the web page and the HTTP API (OpenAPI at /openapi.json)")
    .option("--db <path>", "SQLite database file or postgres:// URL (default: $SITREP_DB or ./sitrep.db)")
    .option("--port <port>", "port to listen on (default: $PORT or 8080)", parsePort)
    .option("--host <host>", "address to listen on", "127.0.0.1")
    .option(
      "--allow-host <name>",
      "a host name the server answers to besides localhost and IP addresses (repeatable)",
      collect,
      [],
    )
    .option(
      "--samples",
      "when this start creates the store, load the sample reports in samples/ into it (npm start does)",
    )
    .addHelpText(
      "after",
      `
Reading is open. With $SITREP_TOKEN set, writing (POST /api/documents, POST /api/events/ID/review) needs
"Authorization: Bearer $SITREP_TOKEN". Without it the server listens on 127.0.0.1 only and writes are
open to this machine alone; --host elsewhere needs the token. API docs at /docs (OpenAPI at
/openapi.json). Requests naming another host (DNS rebinding) are refused with 421; reach the server by IP
address, localhost, --host, or --allow-host.`,
    )
    .action(async (options: ServeOptions) => {
      const location = resolveDbLocation(options.db);
      const dbPath = redactPassword(location);
      const token = process.env.SITREP_TOKEN || null;
      if (!token && !isLoopback(options.host))
        throw new SitrepError(
          "bad-usage",
          `set SITREP_TOKEN to serve on ${options.host}: without a token, writes are open, so sitrep listens on 127.0.0.1 only`,
        );
      const isNewStore = !isPostgresUrl(location) && location !== ":memory:" && !existsSync(location);
      const store = await openStore(options.db);
      const pool = createExtractPool();
      const port = options.port ?? (process.env.PORT ? parsePort(process.env.PORT) : 8080);
      const fetchPolicy = { allowPrivate: options.allowPrivate === true };
      // Writes go to a worker with a connection of its own, so reads never wait for a report's extraction and
      // merge; an in-memory store is this connection's alone, so its writes stay here.
      const writer =
        location === ":memory:"
          ? writeInThisThread(store, pool, fetchPolicy)
          : startWriteWorker(location, { policy: fetchPolicy });
      const app = createApp({ store, token, pool, hostNames: [options.host, ...options.allowHost], writer });
      const server = await listen(app.fetch, port, options.host).catch(async (error) => {
        await Promise.all([writer.close(), store.close()]);
        // A start that could not listen leaves no empty store behind: the next start creates it and loads samples.
        if (isNewStore) for (const suffix of ["", "-wal", "-shm"]) rmSync(location + suffix, { force: true });
        throw error;
      });
      const address = server.address();
      process.stderr.write(
        `sitrep serving ${dbPath} at http://${options.host}:${typeof address === "object" && address ? address.port : port}/\n`,
      );
      if (!token)
        process.stderr.write(
          "no SITREP_TOKEN: listening on 127.0.0.1 only; write endpoints are open to localhost only\n",
        );
      stopOnSignals(server, store, writer);
      if (options.samples && isNewStore) void loadSamplesInBackground(writer);
    });
}

/** After listening, so the page opens at once and shows the samples as they arrive (a few seconds each). */
async function loadSamplesInBackground(writer: ReportWriter): Promise<void> {
  process.stderr.write("new store: loading the sample reports from samples/ (the page shows them as they arrive)\n");
  try {
    const events = await writer.loadSamples();
    process.stderr.write(`samples loaded: ${events} event(s)\n`);
  } catch (error) {
    process.stderr.write(`sitrep serve: the samples could not be loaded: ${(error as Error).message}\n`);
  }
}

/** Resolves once listening; a port in use is a one-line message, not a stack trace. */
function listen(fetch: Parameters<typeof serve>[0]["fetch"], port: number, hostname: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, port, hostname }) as Server;
    server.once("listening", () => resolve(server));
    server.once("error", (error: NodeJS.ErrnoException) => reject(describeListenError(error, port, hostname)));
  });
}

function describeListenError(error: NodeJS.ErrnoException, port: number, hostname: string): Error {
  if (error.code === "EADDRINUSE")
    return new SitrepError("bad-usage", `port ${port} is in use: stop the other server or pass --port N`);
  if (error.code === "EACCES")
    return new SitrepError("bad-usage", `no permission to listen on port ${port}: pass --port N above 1023`);
  if (error.code === "EADDRNOTAVAIL" || error.code === "ENOTFOUND")
    return new SitrepError("bad-usage", `cannot listen on "${hostname}": pass --host with an address of this machine`);
  return error;
}

/** SIGTERM/SIGINT: stop accepting, drop idle keep-alive connections, close the store, exit. server.close
 * alone waits for every open connection, so one client that never finishes its request (or a browser tab)
 * kept the server up until killed: requests in flight get a grace period, then their connections are cut.
 * The writer at once drops a report still being extracted and lets one being stored finish (write-worker.ts). */
function stopOnSignals(server: Server, store: Store, writer: ReportWriter): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(130); // a second Ctrl-C: the user does not want to wait
    stopping = true;
    process.stderr.write(`sitrep serve: ${signal}, stopping\n`);
    const written = writer.close().catch((error) => process.stderr.write(`sitrep serve: ${error.message}\n`));
    server.close(() => void written.then(() => store.close()).finally(() => process.exit(0)));
    server.closeIdleConnections();
    setTimeout(() => server.closeAllConnections(), CONFIG.serveShutdownGraceMs).unref();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host);
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
