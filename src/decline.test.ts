import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { decideDecline } from "./decline.js";

describe("decline policy", () => {
  it("reads on when nothing is wrong: English text long enough, no stored copy", () => {
    assert.equal(
      decideDecline({
        text: "Troops crossed the river at dawn and shelled two villages on the far bank.",
        language: "en-GB",
        nearDuplicateOf: null,
      }),
      undefined,
    );
  });

  it("bytes with a NUL, or full of control characters, are binary", () => {
    assert.equal(decideDecline({ bytes: new Uint8Array([0x50, 0x4b, 0x00, 0x03]) })?.reason, "binary");
    assert.equal(
      decideDecline({ bytes: new Uint8Array(Array.from({ length: 100 }, (_, i) => (i % 10 === 0 ? 0x01 : 0x41))) })
        ?.reason,
      "binary",
    );
    assert.equal(decideDecline({ bytes: new TextEncoder().encode("plain words\twith a tab\r\n") }), undefined);
  });

  it("cleaned text under the minimum is too short, and the detail says how long it was", () => {
    assert.deepEqual(decideDecline({ text: "Photo caption." }), {
      reason: "too-short",
      detail: "14 characters of text after cleaning",
    });
  });

  it("another language is declined naming it and who decided; undefined (not detected) reads on", () => {
    const declined = decideDecline({ language: "es", languageBy: "franc" });
    assert.equal(declined?.reason, "unsupported-language");
    assert.match(declined?.detail ?? "", /"es" \(by franc\)/);
    assert.equal(decideDecline({ language: undefined }), undefined);
  });

  it("a near-duplicate names the stored document it repeats", () => {
    assert.deepEqual(decideDecline({ nearDuplicateOf: "doc-1" }), {
      reason: "duplicate",
      detail: "near-duplicate of doc-1",
      duplicateOf: "doc-1",
    });
  });
});
