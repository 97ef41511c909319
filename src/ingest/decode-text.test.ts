import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { decodeHtml, decodeText } from "./decode-text.js";
import { findCharset } from "./find-charset.js";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

function textOf(result: ReturnType<typeof decodeHtml>): string {
  assert.ok("text" in result, JSON.stringify(result));
  return result.text;
}

describe("decode-text: HTML in legacy charsets", () => {
  it("windows-1252 from the Content-Type header keeps ’ “ ” – é ï", () => {
    const text = textOf(decodeHtml(fixture("airstrikes-windows-1252.html"), "p", "text/html; charset=windows-1252"));
    assert.match(text, /Kata’ib Hezbollah/);
    assert.match(text, /“The United States has taken/);
    assert.match(text, /WASHINGTON – The United States/);
    assert.match(text, /ont été menées près d’Al-Qaïm/);
  });

  it("undeclared HTML that is not UTF-8 falls back to windows-1252, the browsers' legacy default", () => {
    assert.match(textOf(decodeHtml(fixture("airstrikes-windows-1252.html"), "p")), /d’Al-Qaïm/);
  });

  it("ISO-8859-1 declared by <meta http-equiv> is read as its WHATWG alias windows-1252", () => {
    const bytes = fixture("airstrikes-iso-8859-1.html");
    assert.deepEqual(findCharset(bytes), { label: "windows-1252", source: "meta", bomLength: 0 });
    assert.match(textOf(decodeHtml(bytes, "p")), /ont été menées près d'Al-Qaïm/);
  });

  it("Shift_JIS declared by <meta charset> decodes to Japanese", () => {
    const bytes = fixture("airstrikes-shift-jis.html");
    assert.equal(findCharset(bytes)?.label, "shift_jis");
    assert.match(textOf(decodeHtml(bytes, "p")), /米軍はシリアとイラクの国境付近で、カタイブ・ヒズボラ/);
  });

  it("the header's charset beats the page's meta; a BOM beats both", () => {
    const html = Buffer.from('<meta charset="shift_jis"><p>caf\xe9</p>', "latin1");
    assert.equal(findCharset(html, "text/html; charset=ISO-8859-1")?.source, "header");
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("<p>Kata’ib</p>")]);
    assert.equal(findCharset(withBom, "text/html; charset=windows-1252")?.label, "utf-8");
    assert.equal(textOf(decodeHtml(withBom, "p", "text/html; charset=windows-1252")), "<p>Kata’ib</p>");
  });

  it("an unknown charset label is ignored, not fatal", () => {
    assert.equal(findCharset(Buffer.from("<p>x</p>"), "text/html; charset=no-such-charset"), null);
  });

  it("HTML labelled UTF-8 that is really windows-1252 is read as windows-1252, not refused", () => {
    const bytes = Buffer.concat([
      Buffer.from('<meta charset="utf-8"><p>Kata'),
      Buffer.from([0x92]),
      Buffer.from("ib</p>"),
    ]);
    assert.equal(textOf(decodeHtml(bytes, "p")), '<meta charset="utf-8"><p>Kata’ib</p>');
  });

  it("UTF-16 with a BOM is text, not binary, although it is full of NUL bytes", () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("<p>Erbil, Iraq</p>", "utf16le")]);
    assert.equal(textOf(decodeHtml(bytes, "p")), "<p>Erbil, Iraq</p>");
  });
});

describe("decode-text: negative cases", () => {
  it("plain text that is not UTF-8 stays refused as invalid-encoding (no charset guessing for .txt)", () => {
    const result = decodeText(Buffer.from("Bombardement \xe0 Alep", "latin1"), "latin1.txt");
    assert.ok("skipped" in result);
    assert.equal(result.skipped.reason, "invalid-encoding");
  });

  it("a Shift_JIS page without a declaration is not silently decoded as Japanese", () => {
    const bytes = Buffer.from(
      fixture("airstrikes-shift-jis.html").toString("latin1").replace('<meta charset="Shift_JIS">', ""),
      "latin1",
    );
    assert.doesNotMatch(textOf(decodeHtml(bytes, "p")), /米軍/);
  });

  it("binary and empty inputs keep their reasons", () => {
    const binary = decodeHtml(Buffer.from([0x3c, 0x70, 0x00, 0x01]), "b");
    assert.ok("skipped" in binary && binary.skipped.reason === "binary");
    const empty = decodeHtml(Buffer.alloc(0), "e");
    assert.ok("skipped" in empty && empty.skipped.reason === "empty");
  });

  it("random bytes without a NUL are binary, not a windows-1252 page; a stray escape in a real page is not", () => {
    let state = 7;
    const random = Buffer.from(
      Array.from({ length: 4000 }, () => ((state = (state * 1103515245 + 12345) & 0x7fffffff) % 255) + 1),
    );
    assert.ok(!random.includes(0));
    const binary = decodeHtml(random, "r.htm");
    assert.ok("skipped" in binary && binary.skipped.reason === "binary", JSON.stringify(binary).slice(0, 200));
    const page = Buffer.from(`<p>Militants attacked a checkpoint\x1b on Monday.</p>`.repeat(20));
    assert.match(textOf(decodeHtml(page, "p.htm")), /checkpoint/);
  });
});
