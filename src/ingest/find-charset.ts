// Which charset a page is in, by the evidence the web uses (WHATWG Encoding / HTML "determining the character
// encoding"): a byte order mark, then the Content-Type header's charset, then <meta charset> or
// <meta http-equiv="Content-Type">. The BOM comes first, as in browsers: it is the bytes' own statement, and a
// server header saying windows-1252 over a UTF-8 BOM would otherwise turn every accent into mojibake.
import { CONFIG } from "../config.js";

export type CharsetSource = "bom" | "header" | "meta";

export type FoundCharset = { label: string; source: CharsetSource; bomLength: number };

/** The charset declared for `bytes`, or null when nothing declares one. Labels are normalised by TextDecoder. */
export function findCharset(bytes: Uint8Array, contentType?: string, isHtml = true): FoundCharset | null {
  const bom = findBom(bytes);
  if (bom) return bom;
  const fromHeader = readCharsetParameter(contentType);
  if (fromHeader) return { label: fromHeader, source: "header", bomLength: 0 };
  const fromMeta = isHtml ? findMetaCharset(bytes) : null;
  if (fromMeta) return { label: fromMeta, source: "meta", bomLength: 0 };
  return null;
}

/** "text/html; charset=Shift_JIS" -> the TextDecoder encoding name, null when absent or unknown to TextDecoder. */
export function readCharsetParameter(contentType: string | undefined): string | null {
  const match = /;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType ?? "");
  return match ? normaliseLabel(match[1]) : null;
}

function findBom(bytes: Uint8Array): FoundCharset | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { label: "utf-8", source: "bom", bomLength: 3 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { label: "utf-16be", source: "bom", bomLength: 2 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { label: "utf-16le", source: "bom", bomLength: 2 };
  return null;
}

/** The prescan: <meta charset="x"> or <meta http-equiv="Content-Type" content="text/html; charset=x"> near the top. */
function findMetaCharset(bytes: Uint8Array): string | null {
  // Latin-1 maps each byte to one character, so ASCII markup reads the same whatever the real charset is.
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, CONFIG.charsetSniffBytes));
  // A feed or XHTML page states its charset in the XML declaration instead: <?xml version="1.0" encoding="x"?>.
  const xmlDeclaration = /^\s*<\?xml\b[^>]*\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  if (xmlDeclaration) return normaliseLabel(xmlDeclaration[1]);
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?\s*([^"'\s/>;]+)/i.exec(tag);
    if (!direct) continue;
    const label = normaliseLabel(direct[1]);
    // A page in UTF-16 cannot declare itself in ASCII markup: the declaration is wrong, and HTML says read UTF-8.
    if (label?.startsWith("utf-16")) return "utf-8";
    if (label) return label;
  }
  return null;
}

/** The TextDecoder encoding for a label ("latin1" -> "windows-1252", "sjis" -> "shift_jis"), null when unknown. */
function normaliseLabel(label: string): string | null {
  try {
    const encoding = new TextDecoder(label.trim().toLowerCase()).encoding;
    return encoding === "x-user-defined" ? "windows-1252" : encoding;
  } catch {
    return null;
  }
}
