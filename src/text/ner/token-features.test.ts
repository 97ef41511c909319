import assert from "node:assert/strict";
import { test } from "node:test";
import { buildDocumentContext } from "./document-context.js";
import { addPhrase, LEXICON_BITS, type NerLexicon } from "./ner-lexicon.js";
import { extractContextFeatures, findLexiconFeatures } from "./token-features.js";

function smallLexicon(): NerLexicon {
  const lexicon: NerLexicon = { phrases: new Map(), maxTokens: 1 };
  addPhrase(lexicon, "Port Vellan", LEXICON_BITS.city, 6);
  addPhrase(lexicon, "Port", LEXICON_BITS.commonWord, 6);
  addPhrase(lexicon, "Marek", LEXICON_BITS.firstName, 6);
  return lexicon;
}

test("ner features: a listed phrase marks each token with its place in the phrase", () => {
  const features = findLexiconFeatures(["in", "port", "vellan", "today"], smallLexicon());
  assert.deepEqual(features, [[], ["lx=city|B", "lx=commonWord|U"], ["lx=city|L"], []]);
});

test("ner features: a surname alone remembers the longer name it was introduced with", () => {
  const sentences = [["Marek", "Dovlin", "arrived", "."], ["Dovlin", "said", "so", "."]];
  const features = extractContextFeatures(sentences[1], buildDocumentContext(sentences), smallLexicon());
  assert.ok(features[0].includes("doc-run=L"));
  assert.ok(features[0].includes("cap=initcap|first|mixed"));
});

test("ner features: a capitalised word the document also writes in lower case says so", () => {
  const sentences = [["Police", "came", "."], ["The", "police", "left", "."]];
  const features = extractContextFeatures(sentences[0], buildDocumentContext(sentences), smallLexicon());
  assert.ok(features[0].includes("doc-lower|initcap"));
});
