import assert from "node:assert/strict";
import { describe, it } from "node:test";
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
