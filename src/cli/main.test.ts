import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { buildProgram, COMMANDS } from "./main.js";

describe("cli: commands load when they run", () => {
  it("each command's summary in the top-level help is its own description", async () => {
    for (const { name, summary, load } of COMMANDS) {
      const command = await load();
      assert.equal(command.name(), name);
      assert.equal(command.description(), summary, `the summary of ${name} in src/cli/main.ts`);
    }
  });

  it("only the command argv names is loaded in full; the others are their name and summary", async () => {
    const program = await buildProgram(["node", "sitrep", "ingest", "--help"]);
    const ingest = program.commands.find((c) => c.name() === "ingest")!;
    const events = program.commands.find((c) => c.name() === "events")!;
    assert.ok(
      ingest.options.some((o) => o.long === "--db"),
      "ingest has its options",
    );
    assert.equal(events.options.length, 0, "events is a stub");
    assert.deepEqual(
      program.commands.map((c) => c.name()),
      COMMANDS.map((c) => c.name),
    );
  });

  it("`help <command>` loads that command", async () => {
    const program = await buildProgram(["node", "sitrep", "help", "events"]);
    assert.ok(program.commands.find((c) => c.name() === "events")!.options.length > 0);
  });
});

describe("cli: output into a closed pipe", () => {
  it("stops quietly with status 0 when the reader has gone (`sitrep … | head`)", async () => {
    const entry = fileURLToPath(new URL("./run.ts", import.meta.url));
    const child = spawn(process.execPath, ["--import", "tsx", entry, "--help"], { stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.destroy(); // the reader leaves before the first line is written
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
    assert.equal(stderr, "");
    assert.equal(status, 0);
  });
});
