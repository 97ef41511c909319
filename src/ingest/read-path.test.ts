import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, it } from "node:test";
import { CONFIG } from "../config.js";
import { readInventedReport } from "../testing/fixtures.js";
import type { IngestItem } from "./raw-document.js";
import { readInputs } from "./read-inputs.js";

const seed = readInventedReport();

async function collect(inputs: string[], stdin?: Readable): Promise<IngestItem[]> {
  const items: IngestItem[] = [];
  for await (const item of readInputs(inputs, stdin as never)) items.push(item);
  return items;
}

const summary = (items: IngestItem[]) =>
  items.map((i) =>
    "raw" in i ? `raw ${i.raw.origin.split("/").pop()}` : `${i.skipped.reason} ${i.skipped.origin.split("/").pop()}`,
  );

describe("read-path: special files, links and empty inputs", () => {
  it("skips a named pipe in a directory instead of blocking on it, and reads the rest", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sitrep-fifo-"));
    execFileSync("mkfifo", [join(dir, "a-pipe.txt")]);
    writeFileSync(join(dir, "b-report.txt"), seed);
    assert.deepEqual(summary(await collect([dir])), ["special-file a-pipe.txt", "raw b-report.txt"]);
  });

  it("a folder's README and LICENSE are rows of their own, not reports; named, a README is read", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sitrep-notes-"));
    writeFileSync(join(dir, "README.md"), "# Reports\n\nWire reports on the fighting, collected in May.");
    writeFileSync(join(dir, "LICENSE.txt"), "These reports may be shared with credit to the collectors.");
    writeFileSync(join(dir, "readme-of-a-town.txt"), seed);
    assert.deepEqual(summary(await collect([dir])), [
      "folder-notes LICENSE.txt",
      "raw readme-of-a-town.txt",
      "folder-notes README.md",
    ]);
    assert.deepEqual(summary(await collect([join(dir, "README.md")])), ["raw README.md"]);
  });

  it("skips a device named on the command line (/dev/zero never ends)", async () => {
    const items = await collect(["/dev/zero"]);
    assert.deepEqual(summary(items), ["special-file zero"]);
  });

  it("walks each real directory once: a link back to an ancestor is one symlink-loop row", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sitrep-loop-"));
    mkdirSync(join(dir, "sub"));
    writeFileSync(join(dir, "sub", "report.txt"), seed);
    symlinkSync(dir, join(dir, "sub", "back"));
    symlinkSync(join(dir, "nowhere"), join(dir, "dangling.txt"));
    assert.deepEqual(summary(await collect([dir])), ["unreadable dangling.txt", "symlink-loop back", "raw report.txt"]);
  });

  it("an empty JSONL file is a row; bad lines are rows beside the good ones", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sitrep-jsonl-"));
    writeFileSync(join(dir, "empty.jsonl"), "\n\n");
    writeFileSync(
      join(dir, "mixed.jsonl"),
      [JSON.stringify({ id: "good", text: seed }), "{not json", "[1]", JSON.stringify({ title: "no body" })].join("\n"),
    );
    assert.deepEqual(summary(await collect([dir])), [
      "empty empty.jsonl",
      "raw good",
      "bad-jsonl mixed.jsonl:2",
      "bad-jsonl mixed.jsonl:3",
      "bad-jsonl mixed.jsonl:4",
    ]);
  });

  it("stops reading stdin past the size cap", async () => {
    const chunk = Buffer.alloc(1024 * 1024, 0x61);
    let sent = 0;
    const endless = new Readable({
      read() {
        sent += chunk.length;
        this.push(chunk);
      },
    });
    const items = await collect(["-"], endless);
    assert.deepEqual(summary(items), ["too-large stdin"]);
    assert.ok(sent <= CONFIG.maxInputBytes + 4 * chunk.length, `read ${sent} bytes`);
  });
});
