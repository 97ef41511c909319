import assert from "node:assert/strict";
import { test } from "node:test";
import { splitAliasWords, splitBlankedAliasWords } from "./build-alias-matcher.js";

const blank = (text: string, pattern: RegExp) => text.replace(pattern, (m) => " ".repeat(m.length));

test("alias words: a text with blanked characters splits as if split afresh, the unchanged words reused", () => {
  const texts = [
    "Mayor Ilvanov’s office said Ilvanov's deputy met the U.S. envoy's team in Port Vellan's harbour.",
    "Kata'ib al-Shuhada's fighters and the People's Front's leader; Ma'sum's son.",
    "It's the minister's, and ’s alone — Dovlin’s’s end's",
    "Ünal's 😀 team's Élodie’s",
  ];
  for (const text of texts) {
    const words = splitAliasWords(text);
    for (const pattern of [/['’]s\b/g, /['’]/g, /s/g, /[.’]/g]) {
      const blanked = blank(text, pattern);
      const reused = splitBlankedAliasWords(words, blanked);
      assert.deepEqual(reused, splitAliasWords(blanked), `${text} with ${pattern} blanked`);
    }
    const same = splitBlankedAliasWords(words, text);
    assert.ok(
      same.segments.every((s, i) => s === words.segments[i]),
      "nothing blanked: every word is reused",
    );
  }
});

test("alias words: a change that is no blanking is split afresh", () => {
  const words = splitAliasWords("Vellan fighters");
  assert.deepEqual(splitBlankedAliasWords(words, "Vellan  ighters"), splitAliasWords("Vellan  ighters"));
  assert.deepEqual(splitBlankedAliasWords(words, "Vellan-fighters"), splitAliasWords("Vellan-fighters"));
  assert.deepEqual(splitBlankedAliasWords(words, "Vellan"), splitAliasWords("Vellan"));
});
