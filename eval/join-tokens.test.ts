import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { joinTokens, tokenSpan } from "./join-tokens.js";
import { mapOffsetsToInput } from "./predict-arguments.js";

describe("joinTokens", () => {
  it("rebuilds readable text and keeps every token's offsets exact", () => {
    const sentences = [
      ["Russia", "’", "s", "foray", "into", "Deir", "ez", "-", "Zor", "(", "Syria", ")", "did", "n't", "end", "."],
      ["Kata'ib", "Hezbollah", "said", "“", "no", "”", "."],
    ];
    const joined = joinTokens(sentences, "\n");
    assert.equal(joined.text, "Russia’s foray into Deir ez-Zor (Syria) didn't end.\nKata'ib Hezbollah said “no”.");
    const flat = sentences.flat();
    flat.forEach((token, i) => assert.equal(joined.text.slice(joined.tokenStarts[i], joined.tokenEnds[i]), token));
    assert.equal(joined.text.slice(...(Object.values(tokenSpan(joined, 5, 9)) as [number, number])), "Deir ez-Zor");
  });

  it("counts UTF-16 code units, so an emoji token shifts later offsets by two", () => {
    const joined = joinTokens([["🔥", "Aleppo"]]);
    assert.equal(joined.tokenStarts[1], 3);
    assert.equal(joined.text.slice(joined.tokenStarts[1], joined.tokenEnds[1]), "Aleppo");
  });
});

describe("mapOffsetsToInput", () => {
  it("is the identity when cleaning changed nothing", () => {
    assert.equal(mapOffsetsToInput("abc", "abc")(2), 2);
  });
  it("maps back across trimmed and squeezed whitespace", () => {
    const input = "  Strike in Aleppo.\n\n\n\nSix killed in Idlib.";
    const cleaned = "Strike in Aleppo.\n\nSix killed in Idlib.";
    const toInput = mapOffsetsToInput(cleaned, input);
    const start = cleaned.indexOf("Idlib");
    assert.equal(input.slice(toInput(start), toInput(start + 5)), "Idlib");
    assert.equal(input.slice(toInput(0), toInput(6)), "Strike");
  });
});
