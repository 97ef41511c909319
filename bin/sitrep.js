#!/usr/bin/env node
// Runs the built CLI (npm install builds it into dist/ through the "prepare" script).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const entry = new URL("../dist/src/cli/run.js", import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write("sitrep is not built yet: run `npm install` (or `npm run build`) in the project folder\n");
  process.exit(1);
}
await import(entry.href);
