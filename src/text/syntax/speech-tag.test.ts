// A closing speech tag ("…, the army said.") is parsed apart from the clause it reports (speech-tag.ts).
// Invented sentences.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analyzeWords } from "./analyze-words.js";
import { loadSyntaxModel } from "./load-syntax-model.js";
import { findSpeechTag, joinSpeechTag, loadSpeechTagVerbs } from "./speech-tag.js";

const verbs = loadSpeechTagVerbs();
const words = (text: string) => text.split(" ");

describe("syntax: a closing speech tag", () => {
  it("finds the comma and the verb of '…, the army said.'", () => {
    const sentence = words("Jets bombed an arms cache near the port on Thursday , the army said .");
    const upos = ["NOUN", "VERB", "DET", "NOUN", "NOUN", "ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT"];
    upos.push("DET", "NOUN", "VERB", "PUNCT");
    assert.deepEqual(findSpeechTag(sentence, upos, verbs), { comma: 10, verb: 13 });
  });

  it("finds an inverted tag with a day: '…, said a police spokesman on Monday.'", () => {
    const sentence = words("Gunmen killed two guards , said a police spokesman on Monday .");
    const upos = ["NOUN", "VERB", "NUM", "NOUN", "PUNCT", "VERB", "DET", "NOUN", "NOUN", "ADP", "PROPN", "PUNCT"];
    assert.deepEqual(findSpeechTag(sentence, upos, verbs), { comma: 4, verb: 5 });
  });

  describe("negative cases", () => {
    it("a tag with a clause after its verb ('…, he said, adding …') or another verb is no closing tag", () => {
      const sentence = words("Gunmen killed two guards , police said they fled .");
      const upos = ["NOUN", "VERB", "NUM", "NOUN", "PUNCT", "NOUN", "VERB", "PRON", "VERB", "PUNCT"];
      assert.equal(findSpeechTag(sentence, upos, verbs), null);
    });

    it("a list of names before the comma is no reported clause", () => {
      const sentence = words("Smith and Jones and Lee , the court said .");
      const upos = ["PROPN", "CCONJ", "PROPN", "CCONJ", "PROPN", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"];
      assert.equal(findSpeechTag(sentence, upos, verbs), null);
    });

    it("a verb of another kind closing the sentence is no tag", () => {
      const sentence = words("Gunmen killed two guards , the army retreated .");
      const upos = ["NOUN", "VERB", "NUM", "NOUN", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"];
      assert.equal(findSpeechTag(sentence, upos, verbs), null);
    });
  });

  it("joins the two parses: the clause's root under the tag's verb, the comma under the clause's root", () => {
    // "Troops shelled Varrow , police said ." : clause heads [_, 2, 0, 2]; tag heads [_, 2, 0, 2].
    const heads = joinSpeechTag([0, 2, 0, 2], [0, 2, 0, 2], 3, 5);
    assert.deepEqual(Array.from(heads ?? []), [0, 2, 6, 2, 2, 6, 0, 6]);
  });

  it("through the parser, the reported clause's object and place hang in that clause, not on 'said'", () => {
    const sentence = words("Israeli jets bombed an arms cache near Tyre on Thursday , the army said .");
    const parsed = analyzeWords(sentence, loadSyntaxModel());
    const said = sentence.indexOf("said") + 1;
    const bombed = sentence.indexOf("bombed") + 1;
    assert.equal(parsed[said - 1].head, 0);
    assert.equal(parsed[bombed - 1].head, said);
    assert.equal(parsed[sentence.indexOf("cache")].head, bombed);
    assert.equal(parsed[sentence.indexOf("Thursday")].head, bombed);
  });
});
