import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { hashDataFolder, hashDataFolders } from "./data-hash.js";

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-hash-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe("hashDataFolder", () => {
  it("is the same for the same files wherever the folder is, and changes with one byte or one name", () => {
    const a = hashDataFolder(folder({ "dev.jsonl": "{}\n", "sub/meta.json": "[]" }));
    assert.equal(a, hashDataFolder(folder({ "sub/meta.json": "[]", "dev.jsonl": "{}\n" })));
    assert.notEqual(a, hashDataFolder(folder({ "dev.jsonl": "{} \n", "sub/meta.json": "[]" })));
    assert.notEqual(a, hashDataFolder(folder({ "dev2.jsonl": "{}\n", "sub/meta.json": "[]" })));
  });
  it("is null for a missing folder", () => {
    assert.equal(hashDataFolder(join(tmpdir(), "no-such-sitrep-folder")), null);
  });
});

describe("hashDataFolders", () => {
  it("hashes one folder as hashDataFolder does, several into one fingerprint that moves with any of them", () => {
    const a = mkdtempSync(join(tmpdir(), "hash-a-"));
    const b = mkdtempSync(join(tmpdir(), "hash-b-"));
    writeFileSync(join(a, "x.txt"), "one");
    writeFileSync(join(b, "y.txt"), "two");
    assert.equal(hashDataFolders([a]), hashDataFolder(a));
    const both = hashDataFolders([a, b]);
    writeFileSync(join(b, "y.txt"), "three");
    assert.notEqual(hashDataFolders([a, b]), both);
    assert.equal(hashDataFolders([a, join(b, "missing")]), null);
  });
});
