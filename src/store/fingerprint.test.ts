import assert from "node:assert/strict";
import { test } from "node:test";
import { CONFIG } from "../config.js";
import { fingerprintText } from "./fingerprint.js";

// The fingerprint as first written (string shingles, a typed array of minima): stored signatures and buckets were
// made by it, so a faster fingerprint must give exactly its output or stored documents stop matching new copies.
function referenceFingerprint(text: string) {
  const mix = (x: number) => {
    let h = x;
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 0;
  };
  const hashString = (s: string) => {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    return mix(h);
  };
  const seeds = Array.from({ length: CONFIG.minHashPermutations }, (_, i) =>
    mix(0x9e3779b9 ^ Math.imul(i + 1, 0x85ebca6b)),
  );
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const shingles = new Set<number>();
  for (let i = 0; i < Math.max(1, words.length - 2); i++) shingles.add(hashString(words.slice(i, i + 3).join(" ")));
  const minima = new Uint32Array(seeds.length).fill(0xffffffff);
  for (const shingle of shingles)
    for (let k = 0; k < seeds.length; k++) minima[k] = Math.min(minima[k]!, mix(shingle ^ seeds[k]!));
  const signature = Array.from(minima);
  const buckets: string[] = [];
  for (let start = 0; start < signature.length; start += CONFIG.minHashBandRows)
    buckets.push(
      hashString(signature.slice(start, start + CONFIG.minHashBandRows).join(","))
        .toString(16)
        .padStart(8, "0"),
    );
  // Migration 020 keeps the first bands' buckets only (CONFIG.minHashBands): the same keys, fewer of them.
  return { signature, buckets: buckets.slice(0, CONFIG.minHashBands) };
}

/** Invented texts of every length from none to a report's, in several scripts, with repeated shingles. */
function inventedTexts(): string[] {
  const vocabulary = [
    "Militia",
    "fighters",
    "attacked",
    "the",
    "village",
    "of",
    "Kâlo",
    "on",
    "Sunday",
    "killing",
    "12",
  ];
  const texts = [
    "",
    "One",
    "Two words",
    "Three short words",
    "Ωμέγα 東京 Déjà-vu 😀 naïve",
    "a a a a a a a a",
    // Astral letters, lone surrogates, a combining accent, a capital whose lower case is longer, other digits.
    "\u{1d400}\u{1d401} x\ud800y \udc00z e\u0301t \u0130stanbul \u0663\u0664 \u00bd \u00b2 tail\ud83d",
  ];
  let seed = 7;
  for (let length = 4; length < 900; length = Math.ceil(length * 1.7)) {
    const words: string[] = [];
    for (let i = 0; i < length; i++) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      words.push(vocabulary[seed % vocabulary.length]!);
    }
    texts.push(words.join(seed % 2 ? " " : ", "));
  }
  return texts;
}

test("fingerprint: the same signature and band buckets as the first implementation, for any length", () => {
  for (const text of inventedTexts()) assert.deepEqual(fingerprintText(text), referenceFingerprint(text), text);
});

test("fingerprint: the first 16 bands of 4 minima are bucketed, the whole signature kept for the estimate", () => {
  const { signature, buckets } = fingerprintText(inventedTexts().at(-1)!);
  assert.equal(signature.length, 128);
  assert.equal(buckets.length, 16);
});

test("fingerprint: different texts get different signatures", () => {
  const [a, b] = inventedTexts().slice(-2);
  assert.notDeepEqual(fingerprintText(a!).signature, fingerprintText(b!).signature);
});
