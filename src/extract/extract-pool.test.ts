import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { readInventedReport } from "../testing/fixtures.js";
import { createExtractPool } from "./extract-pool.js";

const pool = createExtractPool({ size: 1 });
after(() => pool.close());

describe("extract pool", () => {
  it("cleans and annotates a report in a worker, with events whose evidence is the text's slice", async () => {
    const cleaned = await pool.clean(
      { origin: "seed", kind: "text", content: readInventedReport(), meta: {} },
      { published: "2021-06-28" },
    );
    assert.ok("doc" in cleaned, JSON.stringify(cleaned));
    const annotated = await pool.annotate(cleaned.doc);
    assert.ok("doc" in annotated, JSON.stringify(annotated));
    const strike = annotated.events.find((e) => e.event_date === "2021-06-27");
    assert.equal(strike?.sub_event_type, "Air/drone strike");
    for (const ref of strike!.evidence.event_type) assert.equal(annotated.doc.text.slice(ref.start, ref.end), ref.text);
  });

  it("turns a page the HTML parser chokes on into a skipped result with its stage, and keeps working", async () => {
    const broken = await pool.clean({ origin: "broken.html", kind: "html", content: "<!<body>", meta: {} });
    assert.ok("skipped" in broken);
    assert.equal(broken.skipped.stage, "clean");
    assert.equal(broken.skipped.reason, "failed");
    assert.match(broken.skipped.detail, /documentElement/);
    const after = await pool.clean({ origin: "ok.txt", kind: "text", content: readInventedReport(), meta: {} });
    assert.ok("doc" in after);
  });

  it("keeps the words of 5,000 nested elements and finishes well inside its budget", async () => {
    const html = "<div>".repeat(5000) + "<p>" + readInventedReport() + "</p>" + "</div>".repeat(5000);
    const cleaned = await pool.clean({ origin: "deep.html", kind: "html", content: html, meta: {} });
    assert.ok("doc" in cleaned, JSON.stringify(cleaned));
    assert.match(cleaned.doc.text, /Hamrin mountains/);
  });

  it("ends a step that overruns its budget as a timeout and replaces the worker", async () => {
    const long = Array(26).fill(readInventedReport()).join("\n\n");
    const cleaned = await pool.clean({ origin: "long.txt", kind: "text", content: long, meta: {} });
    assert.ok("doc" in cleaned);
    const started = Date.now();
    const slow = await pool.annotate(cleaned.doc, 200);
    assert.ok("skipped" in slow, "annotating 26 copies of a report takes longer than 200 ms");
    assert.equal(slow.skipped.reason, "timeout");
    assert.equal(slow.skipped.stage, "annotate");
    assert.ok(Date.now() - started < 10_000);
    const next = await pool.clean({ origin: "seed", kind: "text", content: readInventedReport(), meta: {} });
    assert.ok("doc" in next, "a new worker takes the next document");
  });

  it("warm resolves once the workers have loaded, so a first step pays no load", async () => {
    const cold = createExtractPool({ size: 1 });
    try {
      const started = Date.now();
      await cold.warm();
      const warmMs = Date.now() - started;
      const stepStarted = Date.now();
      const cleaned = await cold.clean({ origin: "seed", kind: "text", content: readInventedReport(), meta: {} });
      const stepMs = Date.now() - stepStarted;
      assert.ok("doc" in cleaned, JSON.stringify(cleaned));
      // Loading the lexicons and models takes seconds; cleaning one short report, milliseconds.
      assert.ok(stepMs < warmMs, `first step ${stepMs} ms after a warm-up of ${warmMs} ms`);
    } finally {
      await cold.close();
    }
  });

  it("skips text over the length cap before any work", async () => {
    const huge = await pool.clean({ origin: "huge.txt", kind: "text", content: "word ".repeat(100_000), meta: {} });
    assert.ok("skipped" in huge);
    assert.equal(huge.skipped.reason, "too-large");
  });
});
