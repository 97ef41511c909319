import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readConllu } from "./read-conllu.js";

const SAMPLE = [
  "# sent_id = demo-1",
  "# text = They don't fire.",
  "1\tThey\tthey\tPRON\tPRP\t_\t4\tnsubj\t_\t_",
  "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_",
  "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_",
  "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_",
  "4\tfire\tfire\tVERB\tVB\t_\t0\troot\t_\t_",
  "4.1\tshots\tshot\tNOUN\tNNS\t_\t_\t_\t4:obj\t_",
  "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_",
  "",
].join("\n");

describe("readConllu", () => {
  it("keeps syntactic words and skips multiword-token lines and empty nodes", () => {
    const [sentence] = readConllu(SAMPLE);
    assert.equal(sentence.id, "demo-1");
    assert.deepEqual(
      sentence.words.map((w) => w.form),
      ["They", "do", "n't", "fire", "."],
    );
    assert.deepEqual(
      sentence.words.map((w) => w.head),
      [4, 4, 4, 0, 4],
    );
    assert.equal(sentence.words[0].deprel, "nsubj");
  });

  it("reads a last sentence with no blank line after it", () => {
    assert.equal(readConllu(SAMPLE.trimEnd()).length, 1);
  });
});
