import { decideDecline } from "../decline.js";
import { decodeWindows1252 } from "./decode-windows-1252.js";
import { findCharset } from "./find-charset.js";
import type { SkippedInput } from "./raw-document.js";

type Decoded = { text: string } | { skipped: SkippedInput };

/**
 * Bytes of a plain-text file -> text, or the reason they are not text. UTF-8 only (a BOM is dropped): a text
 * file declares no charset, and guessing one would turn a wrong guess into mojibake that poisons every later stage.
 */
export function decodeText(bytes: Uint8Array, origin: string): Decoded {
  return decodeDeclared(bytes, origin, undefined, false);
}

/**
 * Bytes of an HTML page (or a fetched text) -> text in the charset the page declares (BOM, Content-Type header,
 * <meta charset>). HTML that declares nothing and is not valid UTF-8 is read as windows-1252, the legacy
 * default browsers use for such pages; undeclared plain text must still be UTF-8.
 */
export function decodeHtml(bytes: Uint8Array, origin: string, contentType?: string): Decoded {
  return decodeDeclared(bytes, origin, contentType, true);
}

/** Fetched plain text: the header's or BOM's charset when there is one, else strict UTF-8. */
export function decodeFetchedText(bytes: Uint8Array, origin: string, contentType?: string): Decoded {
  return decodeDeclared(bytes, origin, contentType, false);
}

function decodeDeclared(bytes: Uint8Array, origin: string, contentType: string | undefined, isHtml: boolean): Decoded {
  if (bytes.length === 0) return skip(origin, "empty", "the file is empty");
  const declared = findCharset(bytes, contentType, isHtml);
  // UTF-16 text is full of NUL bytes, so the binary test only applies to bytes not declared as UTF-16.
  const isUtf16 = declared?.label.startsWith("utf-16") ?? false;
  const declined = isUtf16 ? undefined : decideDecline({ bytes });
  if (declined) return skip(origin, declined.reason, declined.detail);
  const text =
    declared && !(isHtml && declared.label === "utf-8" && declared.source !== "bom")
      ? decodeAs(bytes.subarray(declared.bomLength), declared.label)
      : decodeUndeclared(bytes, isHtml);
  if (text === null) {
    const what = declared ? `not valid ${declared.label} (declared by ${declared.source})` : "not valid UTF-8";
    return skip(origin, "invalid-encoding", `the file is ${what}`);
  }
  if (text.trim().length === 0) return skip(origin, "empty", "the file holds only white space");
  return { text };
}

/**
 * Undeclared bytes, or HTML merely labelled UTF-8 (a header or meta tag copied from a template is the most common
 * mislabel on old news sites): UTF-8 when they are valid UTF-8, else windows-1252 for HTML, else nothing.
 */
function decodeUndeclared(bytes: Uint8Array, isHtml: boolean): string | null {
  const utf8 = decodeAs(bytes, "utf-8");
  if (utf8 !== null || !isHtml) return utf8;
  return decodeWindows1252(bytes);
}

/** Strict decoding (null on a malformed sequence); single-byte legacy charsets accept every byte anyway. */
function decodeAs(bytes: Uint8Array, label: string): string | null {
  if (label === "windows-1252") return decodeWindows1252(bytes); // Node 20's own decoder gets 0x80-0x9F wrong
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

function skip(origin: string, reason: SkippedInput["reason"], detail: string) {
  return { skipped: { origin, reason, detail } };
}
