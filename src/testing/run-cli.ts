// Runs the real CLI in a child process, as a user would (TypeScript through tsx, no build needed).
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { projectRoot } from "../paths.js";

export type CliResult = { status: number | null; stdout: string; stderr: string };

export function runCli(args: string[], options: { input?: string | Buffer; env?: Record<string, string> } = {}): CliResult {
  const result = spawnSync(process.execPath, ["--import", "tsx", join(projectRoot(), "src/cli/run.ts"), ...args], {
    cwd: projectRoot(),
    input: options.input,
    env: { ...process.env, ...options.env },
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024, // `documents` over a fuzz corpus prints megabytes; the 1 MB default cuts it off
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
