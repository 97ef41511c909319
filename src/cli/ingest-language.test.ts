// Language through the CLI: short English reports are read, a Spanish one is declined with the rule that
// judged it, and --lang or a JSONL "lang" states the language instead. The reports are invented.
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { runCli } from "../testing/run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "sitrep-lang-"));
const SPANISH =
  "Un coche bomba explotó el domingo frente a un banco de Kandahar e hirió a seis personas, dijo la policía.";
type Row = { origin: string; status: string; reason: string | null; detail?: string | null; language: string | null };

function documents(db: string): Map<string, Row> {
  const rows: Row[] = JSON.parse(runCli(["documents", "--db", db]).stdout);
  return new Map(rows.map((r) => [r.origin, r]));
}

describe("ingest: language", () => {
  it("JSONL: one-sentence English reports are stored; Spanish is declined naming its rule, unless the line says lang en", () => {
    const db = join(dir, "jsonl.db");
    const lines = [
      {
        id: "en-1",
        text: "An air strike on a market in Idlib killed at least nine civilians on Friday, rescuers said.",
      },
      { id: "en-2", text: "A car bomb exploded outside a bank in Kandahar on Sunday, wounding six people." },
      { id: "es-1", text: SPANISH },
      { id: "es-as-en", text: SPANISH.replace("seis", "siete"), lang: "en" },
    ];
    const result = runCli(["ingest", "-", "--published", "2024-05-06", "--db", db], {
      input: lines.map((l) => JSON.stringify(l)).join("\n") + "\n",
    });
    assert.equal(result.status, 0, result.stderr);
    const rows = documents(db);
    assert.deepEqual([rows.get("en-1")?.status, rows.get("en-1")?.language], ["ok", "en"]);
    assert.deepEqual([rows.get("en-2")?.status, rows.get("en-2")?.language], ["ok", "en"]);
    assert.deepEqual(
      [rows.get("es-1")?.status, rows.get("es-1")?.reason, rows.get("es-1")?.language],
      ["skipped", "unsupported-language", "es"],
    );
    assert.match(rows.get("es-1")?.detail ?? "", /"es" \(by trigrams\).*--lang en/);
    assert.deepEqual([rows.get("es-as-en")?.status, rows.get("es-as-en")?.language], ["ok", "en"]);
  });

  it("--lang en takes a file's language as given; a malformed tag is a usage error", () => {
    const path = join(dir, "report.txt");
    writeFileSync(path, SPANISH);
    const db = join(dir, "lang.db");
    const result = runCli(["ingest", path, "--lang", "en", "--published", "2024-05-06", "--db", db]);
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual([documents(db).get(path)?.status, documents(db).get(path)?.language], ["ok", "en"]);
    const bad = runCli(["ingest", path, "--lang", "english!", "--db", db]);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /is not a language tag/);
  });
});
