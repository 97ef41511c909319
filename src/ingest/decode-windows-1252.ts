// windows-1252 decoding done right. Node 20's TextDecoder("windows-1252") (and "latin1", "iso-8859-1", which
// WHATWG maps to it) decodes 0x80-0x9F as C1 control characters instead of ’ “ ” – € …, so the curly quotes
// of nearly every legacy news page would vanish. The 32 code points are the WHATWG index-windows-1252
// (https://encoding.spec.whatwg.org/index-windows-1252.txt); 0x81, 0x8D, 0x8F, 0x90, 0x9D map to themselves there.
const HIGH_CONTROLS =
  "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
  "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

export function decodeWindows1252(bytes: Uint8Array): string {
  // Buffer's "latin1" is byte -> same code point (true ISO-8859-1), which is windows-1252 outside 0x80-0x9F.
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  return latin1.replace(/[\x80-\x9f]/g, (c) => HIGH_CONTROLS[c.charCodeAt(0) - 0x80]);
}
