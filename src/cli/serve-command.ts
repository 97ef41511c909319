import { randomBytes } from "node:crypto";
import { serve } from "@hono/node-server";
import { Command } from "commander";
import { createApp } from "../api/app.js";
import { openSqliteStore, resolveDbPath } from "../store/sqlite.js";
import { parsePort } from "./options.js";

export function serveCommand(): Command {
  return new Command("serve")
    .description("serve the web page and the HTTP API (OpenAPI at /openapi.json)")
    .option("--db <path>", "SQLite database file (default: $SITREP_DB or ./sitrep.db)")
    .option("--port <port>", "port to listen on (default: $PORT or 8080)", parsePort)
    .option("--host <host>", "address to listen on", "127.0.0.1")
    .addHelpText(
      "after",
      `
Reading is open; writing (POST /api/documents) needs "Authorization: Bearer <token>". The token is
$SITREP_TOKEN, or a random one printed at start. The page at / pastes or uploads a report and shows the
events found in it with their supporting words highlighted.`,
    )
    .action(async (options: { db?: string; port?: number; host: string }) => {
      const dbPath = resolveDbPath(options.db);
      const store = await openSqliteStore(dbPath);
      const token = process.env.SITREP_TOKEN || randomBytes(18).toString("base64url");
      const port = options.port ?? (process.env.PORT ? parsePort(process.env.PORT) : 8080);
      const server = serve({ fetch: createApp({ store, token }).fetch, port, hostname: options.host }, (info) => {
        process.stderr.write(`sitrep serving ${dbPath} at http://${options.host}:${info.port}/\n`);
        if (!process.env.SITREP_TOKEN) process.stderr.write(`write token (POST /api/documents): ${token}\n`);
      });
      const stop = () => server.close(() => void store.close().then(() => process.exit(0)));
      process.on("SIGINT", stop);
      process.on("SIGTERM", stop);
    });
}
