import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { CONFIG } from "../../config.js";
import { createDoc, type Doc, spansOf, textOf } from "../../doc.js";
import type { SyntaxModel } from "../../text/syntax/analyze-words.js";
import { loadSyntaxModel } from "../../text/syntax/load-syntax-model.js";
import { sentencesStage } from "../sentences/index.js";
import { createSyntaxStage, findParsedSentences, findTokens, parseSentences } from "./index.js";

const TEXT = "Gunmen killed 12 villagers in Zamfara on Sunday 🙏, police said.\nThe army didn't respond.";

describe("syntax stage", () => {
  let model: SyntaxModel;
  let doc: Doc;
  before(() => {
    model = loadSyntaxModel();
    doc = sentencesStage.run(createDoc("s", TEXT, { origin: "test" }));
  });

  it("makes one token span per word whose offsets slice back to its text, past an emoji", () => {
    const tokens = findTokens(doc, model, findParsedSentences(doc));
    assert.deepEqual(tokens.map((t) => textOf(doc, t)).slice(-6), ["The", "army", "did", "n't", "respond", "."]);
    const police = tokens.find((t) => textOf(doc, t) === "police");
    assert.equal(police?.start, TEXT.indexOf("police"));
  });

  it("leaves a sentence longer than the parse cap unparsed, and parses the others", () => {
    const run = "-".repeat(CONFIG.maxParsedSentenceChars + 1);
    const long = sentencesStage.run(
      createDoc("l", `Gunmen attacked ${run} the post.\nPolice said so.`, { origin: "t" }),
    );
    const out = parseSentences(long, model);
    const tokens = spansOf(out, "tokens");
    assert.ok(tokens.length > 0);
    assert.ok(
      tokens.every((t) => t.start > long.text.indexOf("\n")),
      "only the short sentence is parsed",
    );
    assert.deepEqual(
      spansOf(out, "parsed").map((s) => textOf(out, s)),
      ["Police said so."],
      "the long sentence is not listed as parsed",
    );
  });

  it("parses only the picked sentences and lists exactly those in the parsed layer", () => {
    const out = createSyntaxStage(() => model, { needs: [], pick: () => new Set([1]) }).run(doc);
    const [second] = spansOf(out, "sentences").slice(1);
    assert.deepEqual(
      spansOf(out, "parsed").map((s) => [s.start, s.end]),
      [[second.start, second.end]],
    );
    const tokens = spansOf(out, "tokens");
    assert.ok(tokens.length > 0);
    assert.ok(tokens.every((t) => t.start >= second.start && t.end <= second.end));
    assert.ok(tokens.every((t) => t.data!.head === null || tokens[t.data!.head].start >= second.start));
  });

  it("every parsed sentence has tokens, and every token lies in a parsed sentence", () => {
    const out = createSyntaxStage(() => model).run(doc);
    const parsed = spansOf(out, "parsed");
    assert.equal(parsed.length, spansOf(out, "sentences").length);
    const tokens = spansOf(out, "tokens");
    for (const sentence of parsed) assert.ok(tokens.some((t) => t.start >= sentence.start && t.end <= sentence.end));
    for (const token of tokens) assert.ok(parsed.some((s) => s.start <= token.start && token.end <= s.end));
  });

  it("gives each sentence one root and heads that index the tokens layer within the same sentence", () => {
    const out = createSyntaxStage(() => model).run(doc);
    const tokens = spansOf(out, "tokens");
    const sentences = spansOf(out, "sentences");
    for (const sentence of sentences) {
      const inside = tokens
        .map((t, i) => ({ t, i }))
        .filter(({ t }) => t.start >= sentence.start && t.end <= sentence.end);
      assert.equal(inside.filter(({ t }) => t.data!.head === null).length, 1);
      for (const { t } of inside) {
        const head = t.data!.head;
        if (head !== null) assert.ok(tokens[head].start >= sentence.start && tokens[head].end <= sentence.end);
      }
    }
    const killed = tokens.find((t) => textOf(out, t) === "killed")!;
    assert.equal(killed.data!.upos, "VERB");
    const gunmen = tokens.find((t) => textOf(out, t) === "Gunmen")!;
    assert.equal(tokens[gunmen.data!.head!], killed);
    assert.equal(gunmen.data!.deprel, "nsubj");
  });

  it("negative case: a document without sentences gets an empty tokens layer", () => {
    const empty = createSyntaxStage(() => model).run(createDoc("e", "", { origin: "test" }));
    assert.deepEqual(spansOf(empty, "tokens"), []);
    assert.deepEqual(spansOf(empty, "parsed"), []);
  });
});
