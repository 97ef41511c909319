import assert from "node:assert/strict";
import { test } from "node:test";
import { buildDocumentContext } from "./document-context.js";
import { featurizeDocument, featurizeDocumentParts } from "./featurize-document.js";
import { hashParts } from "./hash-feature.js";
import { addPhrase, LEXICON_BITS, type NerLexicon } from "./ner-lexicon.js";
import {
  extractContextFeatures,
  FEATURE,
  findLexiconFeatures,
  findNeighbourFeatures,
  lexiconMark,
  POSITION,
} from "./token-features.js";

const bitIndex = (bit: number) => Math.log2(bit);

function smallLexicon(): NerLexicon {
  const lexicon: NerLexicon = { phrases: new Map(), maxTokens: 1 };
  addPhrase(lexicon, "Port Vellan", LEXICON_BITS.city, 6);
  addPhrase(lexicon, "Port", LEXICON_BITS.commonWord, 6);
  addPhrase(lexicon, "Marek", LEXICON_BITS.firstName, 6);
  return lexicon;
}

test("ner features: a listed phrase marks each token with its place in the phrase", () => {
  const features = findLexiconFeatures(["in", "port", "vellan", "today"], smallLexicon());
  const city = bitIndex(LEXICON_BITS.city);
  const common = bitIndex(LEXICON_BITS.commonWord);
  assert.deepEqual(features, [
    [],
    [lexiconMark(city, POSITION.B), lexiconMark(common, POSITION.U)],
    [lexiconMark(city, POSITION.L)],
    [],
  ]);
});

test("ner features: a surname alone remembers the longer name it was introduced with", () => {
  const sentences = [
    ["Marek", "Dovlin", "arrived", "."],
    ["Dovlin", "said", "so", "."],
  ];
  const features = extractContextFeatures(sentences[1], buildDocumentContext(sentences), smallLexicon());
  assert.ok(features[0].includes(hashParts(FEATURE.docRun, POSITION.L)));
  assert.ok(!features[0].includes(hashParts(FEATURE.docRun, POSITION.B)));
  const initcap = 1; // CAPITALISATIONS' index of "initcap"; first word; not a capitals-only line
  assert.ok(features[0].includes(hashParts(FEATURE.capitalisation, initcap, 1, 0)));
});

test("ner features: a capitalised word the document also writes in lower case says so", () => {
  const sentences = [
    ["Police", "came", "."],
    ["The", "police", "left", "."],
  ];
  const features = extractContextFeatures(sentences[0], buildDocumentContext(sentences), smallLexicon());
  assert.ok(features[0].includes(hashParts(FEATURE.docLower, 1)));
  assert.ok(
    !features[1].includes(hashParts(FEATURE.docLower, 1)),
    "a word never written in lower case gets no such feature",
  );
});

test("ner features: a word described in an earlier document gives the features a fresh description gives", () => {
  const earlier = [["Port", "Vellan", "said", "Marek-led", "units", "left", "."]];
  const later = [
    ["In", "Port", "Vellan", ",", "Marek-led", "units", "came", "."],
    ["PORT", "VELLAN", "NEWS"],
  ];
  const known = new Map();
  featurizeDocumentParts(earlier, smallLexicon(), known);
  const reused = featurizeDocumentParts(later, smallLexicon(), known);
  const fresh = featurizeDocumentParts(later, smallLexicon());
  assert.ok(reused[0][1].facts === known.get("Port"), "the earlier document's facts are the ones read");
  const flatten = (doc: typeof fresh) =>
    doc.map((s) =>
      s.map((t, i) => [
        ...t.facts.own,
        ...findNeighbourFeatures(
          s.map((u) => u.facts),
          i,
        ),
        ...t.context,
      ]),
    );
  assert.deepEqual(flatten(reused), flatten(fresh));
  assert.deepEqual(flatten(fresh), featurizeDocument(later, smallLexicon()));
});
