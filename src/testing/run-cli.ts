// Runs the real CLI in a child process, as a user would: the build when it is fresh, else through tsx (cli-entry.ts).
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { projectRoot } from "../paths.js";
import { cliEntry } from "./cli-entry.js";

export type CliResult = { status: number | null; stdout: string; stderr: string };

export function runCli(
  args: string[],
  options: { input?: string | Buffer; env?: Record<string, string> } = {},
): CliResult {
  const result = spawnSync(process.execPath, cliArgs(args), {
    cwd: projectRoot(),
    input: options.input,
    env: { ...process.env, ...options.env },
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024, // `documents` over a fuzz corpus prints megabytes; the 1 MB default cuts it off
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Starts the CLI without waiting, so that two can run side by side or a server can be signalled;
 * `done` settles when it exits, with everything it wrote. */
export function spawnCli(
  args: string[],
  options: { env?: Record<string, string> } = {},
): { child: ChildProcess; done: Promise<CliResult> } {
  const child = spawn(process.execPath, cliArgs(args), {
    cwd: projectRoot(),
    env: { ...process.env, ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout!.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const done = new Promise<CliResult>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
  return { child, done };
}

function cliArgs(args: string[]): string[] {
  return [...cliEntry(), ...args];
}
