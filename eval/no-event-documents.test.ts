import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { describe, it } from "node:test";
import { readNoEventList, readQuietDocuments } from "./no-event-documents.js";
import { defaultDataDir } from "./run-eval.js";

describe("no-event documents list", () => {
  const listed = readNoEventList();

  it("names each document once, from a known dev folder, with a reason", () => {
    const refs = listed.map((d) => `${d.folder}/${d.id}`);
    assert.equal(new Set(refs).size, refs.length);
    for (const d of listed) {
      assert.ok(["conll2003", "tempeval3", "polnear", "article-extraction"].includes(d.folder), d.folder);
      assert.ok(d.reason.length > 5, `${d.folder}/${d.id} needs a reason`);
    }
    assert.ok(listed.length >= 50);
  });

  it("every listed document is in the dev data", {
    skip: !existsSync(defaultDataDir()) && "no ../shared/eval here",
  }, () => {
    const docs = readQuietDocuments(defaultDataDir(), listed);
    assert.equal(docs.length, listed.length);
    for (const d of docs) assert.ok(d.text.length > 100, `${d.id} has text`);
  });

  it("an id that is not in the data is an error, not a shorter list", {
    skip: !existsSync(defaultDataDir()) && "no ../shared/eval here",
  }, () => {
    assert.throws(() =>
      readQuietDocuments(defaultDataDir(), [{ folder: "polnear", id: "no-such-article", reason: "x" }]),
    );
    assert.throws(
      () => readQuietDocuments(defaultDataDir(), [{ folder: "conll2003", id: "eng.testa#9999", reason: "x" }]),
      /not in the eval data/,
    );
  });
});
