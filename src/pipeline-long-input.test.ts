// Hostile text through every stage: 1 MB runs of spaces, of punctuation, of one letter, and one 1 MB word.
// A stage that backtracks or loops quadratically takes minutes on these (clean took 83 s on 300 KB of
// spaces); each stage gets a budget generous enough for a noisy shared machine and must find nothing.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createDoc, type Doc } from "./doc.js";
import { STAGES } from "./pipeline.js";
import { cleanRawDocument } from "./stages/clean/index.js";

const MB = 1_000_000;
/** CPU per stage and input: a linear stage takes a few seconds at most on 1 MB; 20 s only catches super-linear ones. */
const BUDGET_MS = 20_000;
// An ordinary sentence on each side, so that the stages run their sentence-level rules over the run too.
const AROUND = "Gunmen attacked a police post on Sunday, the governor said.";

const INPUTS: Record<string, string> = {
  spaces: " ".repeat(MB),
  "spaces and tabs": " \t".repeat(MB / 2),
  punctuation: ".,;:!?-\"'()".repeat(MB / 11),
  "one letter": "a ".repeat(MB / 2),
  "one word": "x".repeat(MB),
  "capitalised word": "A" + "b".repeat(MB),
};

/** CPU time, not wall time: on a shared machine a linear stage can wait longer for a core than it computes. */
function timeStage<T>(what: string, run: () => T): T {
  const started = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(started);
  const took = (used.user + used.system) / 1000;
  assert.ok(took < BUDGET_MS, `${what} took ${Math.round(took)} ms of CPU`);
  return result;
}

function assertNothingFound(doc: Doc, what: string, eventsAround: number): void {
  assert.equal(doc.events.length, eventsAround, `${what}: events beyond those of the sentences around the run`);
  for (const [layer, spans] of Object.entries(doc.layers)) {
    for (const span of spans ?? []) {
      assert.ok(
        span.start >= 0 && span.start <= span.end && span.end <= doc.text.length,
        `${what}: ${layer} span out of the text`,
      );
      // Only the ordinary sentences around the run may hold findings; nothing may sit inside the run.
      const insideRun = span.start > AROUND.length + 1 && span.end < doc.text.length - AROUND.length - 1;
      assert.ok(
        !insideRun || layer === "sentences",
        `${what}: ${layer} found "${doc.text.slice(span.start, Math.min(span.end, span.start + 40))}" inside the run`,
      );
    }
  }
}

describe("pipeline: 1 MB of hostile text", () => {
  let around = createDoc("around", `${AROUND}\n\n${AROUND}`, {
    origin: "around",
    published: "2024-05-06",
    language: "en",
  });
  for (const stage of STAGES) around = stage.run(around);
  for (const [name, run] of Object.entries(INPUTS)) {
    it(`${name}: clean and every stage stay within ${BUDGET_MS / 1000} s and find nothing in it`, {
      timeout: BUDGET_MS * (STAGES.length + 2),
    }, () => {
      // No line break after the run: a pattern anchored on one (clean's blanks before "\n") must fail fast.
      const text = `${AROUND}\n${run} ${AROUND}`;
      const cleaned = timeStage(`clean (${name})`, () =>
        cleanRawDocument({ origin: name, kind: "text", content: text, meta: {} }),
      );
      // Over CONFIG.maxTextChars clean declines the text before any pattern runs (clean.test.ts times a run
      // just under that cap); the stages below still get the whole megabyte.
      assert.ok(
        "doc" in cleaned || cleaned.skipped.reason === "too-large",
        `${name}: clean kept the two sentences or declined the length`,
      );
      let doc = createDoc(name, text, { origin: name, published: "2024-05-06", language: "en" });
      for (const stage of STAGES) doc = timeStage(`${stage.name} (${name})`, () => stage.run(doc));
      assertNothingFound(doc, name, around.events.length);
    });
  }
});
