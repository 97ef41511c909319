import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { spawnCli } from "../testing/run-cli.js";
import { openSqliteStore } from "./sqlite.js";

// Invented reports, different enough in wording that few are near-duplicates of each other.
const ACTORS = [
  "Gunmen",
  "Militants",
  "Rebel fighters",
  "Unidentified attackers",
  "Insurgents",
  "Armed men",
  "Bandits",
  "Fighters",
];
const TARGETS = [
  "a police post",
  "an army checkpoint",
  "a market",
  "a convoy of trucks",
  "a village school",
  "a border crossing",
  "a fuel depot",
  "a bus station",
];
const TOWNS = ["Kandahar", "Mosul", "Goma", "Maiduguri", "Timbuktu", "Kirkuk", "Beni", "Gao"];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Monday"];

function inventReport(i: number): string {
  const j = (i + 3) % ACTORS.length;
  return [
    `${ACTORS[i]} attacked ${TARGETS[i]} in ${TOWNS[i]} on ${DAYS[i]}, killing ${i + 2} people, the provincial governor said.`,
    `Residents said the fighting near ${TOWNS[j]} lasted several hours and that ${TARGETS[j]} was set on fire.`,
    `A spokesman for the army said troops had arrested ${i + 1} suspects after the assault on ${TARGETS[i]}.`,
  ].join("\n\n");
}

function writeReports(dir: string, indexes: number[], nameOf = (i: number) => `report-${i}.txt`): void {
  mkdirSync(dir, { recursive: true });
  for (const i of indexes) writeFileSync(join(dir, nameOf(i)), inventReport(i));
}

describe("store: two writers", () => {
  it("two connections saving at once both succeed: the second waits for the write lock, then retries", {
    timeout: 60_000,
  }, async () => {
    const db = join(mkdtempSync(join(tmpdir(), "sitrep-writers-")), "s.db");
    const [a, b] = [await openSqliteStore(db), await openSqliteStore(db)];
    try {
      const doc = (id: string) => ({
        id,
        text: `Report ${id}.`,
        meta: { origin: id },
        layers: { sentences: [{ start: 0, end: 8, label: "S", by: "t" }] },
        events: [],
      });
      // Both transactions start before either writes: with a deferred BEGIN the second could never write.
      const outcomes = await Promise.all([
        a.saveDocument(doc("d1"), []),
        b.saveDocument(doc("d2"), []),
        a.saveDocument(doc("d3"), []),
      ]);
      assert.deepEqual(outcomes, ["stored", "stored", "stored"]);
      assert.deepEqual((await b.listDocuments()).map((r) => r.document_id).sort(), ["d1", "d2", "d3"]);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it("the same skipped input recorded by two connections at once is stored once", async () => {
    const db = join(mkdtempSync(join(tmpdir(), "sitrep-writers-")), "s.db");
    const [a, b] = [await openSqliteStore(db), await openSqliteStore(db)];
    try {
      const skipped = { origin: "x.bin", reason: "binary" as const, detail: "NUL bytes" };
      const outcomes = await Promise.all([a.saveSkipped(skipped), b.saveSkipped(skipped)]);
      assert.deepEqual(outcomes.sort(), ["duplicate", "stored"]);
      assert.equal((await a.listDocuments()).length, 1);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it("two CLI ingests of overlapping directories both finish, and every document is stored once", {
    timeout: 300_000,
  }, async () => {
    const root = mkdtempSync(join(tmpdir(), "sitrep-writers-"));
    const db = join(root, "shared.db");
    // Both directories hold reports 0-5, read in name order, but named in opposite orders: the two runs
    // store different documents side by side until they meet, then find the other's copies.
    writeReports(join(root, "a"), [0, 1, 2, 3, 4, 5, 6]);
    writeReports(join(root, "b"), [5, 4, 3, 2, 1, 0, 7], (i) => `report-${9 - i}.txt`);
    const args = (dir: string) => ["ingest", join(root, dir), "--db", db, "--published", "2024-05-06"];
    const [first, second] = await Promise.all([spawnCli(args("a")).done, spawnCli(args("b")).done]);
    assert.equal(first.status, 0, first.stderr);
    assert.equal(second.status, 0, second.stderr);
    const store = await openSqliteStore(db);
    try {
      const rows = await store.listDocuments();
      const seen = JSON.stringify(rows.map((r) => [r.origin, r.status, r.reason]));
      // Eight texts, each stored once; the copy the other run met has a row of its own, marked a duplicate.
      assert.equal(rows.filter((r) => r.status === "ok").length, 8, seen);
      assert.ok(
        rows.every((r) => r.status === "ok" || r.reason === "duplicate"),
        seen,
      );
      assert.equal(rows.length, 14, seen);
    } finally {
      await store.close();
    }
  });
});
