import { CONFIG } from "../config.js";
import type { SkippedInput } from "./raw-document.js";

/**
 * Bytes -> text, or the reason they are not text. UTF-8 only for now (a BOM is dropped); a page in
 * another charset is refused rather than decoded into mojibake that would poison every later stage.
 */
export function decodeText(bytes: Uint8Array, origin: string): { text: string } | { skipped: SkippedInput } {
  if (bytes.length === 0) return skip(origin, "empty", "the file is empty");
  const sniff = bytes.subarray(0, CONFIG.binarySniffBytes);
  if (sniff.includes(0)) return skip(origin, "binary", "the file contains NUL bytes: it is binary, not text");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return skip(origin, "invalid-encoding", "the file is not valid UTF-8");
  }
  if (text.trim().length === 0) return skip(origin, "empty", "the file holds only white space");
  return { text };
}

function skip(origin: string, reason: SkippedInput["reason"], detail: string) {
  return { skipped: { origin, reason, detail } };
}
