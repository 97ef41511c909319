// Before an HTML page is parsed: elements nested deeper than CONFIG.maxHtmlDepth lose their tags and keep their
// text. Real pages nest a few dozen deep; a page thousands deep makes linkedom and Readability slow (cost grows
// about cubically with depth) and then overflows the stack. Flattening, unlike refusing, keeps the words.
// A plain scanner (indexOf, one pass), not a regular expression: an unclosed comment or <script> must not make
// the scan quadratic.
import { CONFIG } from "../../config.js";

// Elements that never hold children, and those whose end tag is optional (a browser closes an open <p> at the
// next <p>), are left out of the count: a page of unclosed <p> or <li> is long, not deep.
const VOID = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr",
]);
const OPTIONAL_END = new Set([
  "p",
  "li",
  "dt",
  "dd",
  "option",
  "optgroup",
  "tr",
  "td",
  "th",
  "thead",
  "tbody",
  "tfoot",
  "colgroup",
  "caption",
  "rt",
  "rp",
  "html",
  "head",
  "body",
]);
const RAW_TEXT = new Set(["script", "style", "textarea", "title"]);
// A dropped block tag becomes a line break so paragraphs inside the flattened part do not run together.
const BLOCKS = new Set([
  "div",
  "section",
  "article",
  "blockquote",
  "ul",
  "ol",
  "table",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "pre",
  "main",
  "aside",
  "header",
  "footer",
  "figure",
  "form",
]);

export type Flattened = { html: string; dropped: number };

export function flattenDeepHtml(html: string, maxDepth: number = CONFIG.maxHtmlDepth): Flattened {
  if (countTagOpenings(html, maxDepth) <= maxDepth) return { html, dropped: 0 };
  const lower = html.toLowerCase();
  const out: string[] = [];
  let depth = 0;
  let dropped = 0;
  let copied = 0;
  let at = html.indexOf("<");
  while (at !== -1) {
    const tag = readTag(html, lower, at);
    if (!tag) {
      at = html.indexOf("<", at + 1);
      continue;
    }
    let keep = true;
    if (tag.name && !VOID.has(tag.name) && !OPTIONAL_END.has(tag.name) && !tag.selfClosing) {
      if (tag.closing) {
        keep = depth <= maxDepth;
        if (depth > 0) depth -= 1;
      } else {
        depth += 1;
        keep = depth <= maxDepth;
      }
    }
    if (!keep) {
      out.push(html.slice(copied, at), BLOCKS.has(tag.name!) ? "<br>" : " ");
      copied = tag.end;
      dropped += 1;
    }
    at = tag.end >= html.length ? -1 : html.indexOf("<", tag.end);
  }
  out.push(html.slice(copied));
  return { html: out.join(""), dropped };
}

type Tag = { name?: string; closing: boolean; selfClosing: boolean; end: number };

/** The markup starting at `at`: a tag (with a raw-text element's content), a comment or doctype, or null for a stray "<". */
function readTag(html: string, lower: string, at: number): Tag | null {
  if (html.startsWith("<!--", at)) return { closing: false, selfClosing: true, end: endAfter(lower, "-->", at + 4) };
  if (html[at + 1] === "!" || html[at + 1] === "?")
    return { closing: false, selfClosing: true, end: endAfter(lower, ">", at + 2) };
  const closing = html[at + 1] === "/";
  const nameStart = at + (closing ? 2 : 1);
  let nameEnd = nameStart;
  while (nameEnd < html.length && /[a-zA-Z0-9:-]/.test(html[nameEnd])) nameEnd += 1;
  if (nameEnd === nameStart || !/[a-zA-Z]/.test(html[nameStart])) return null;
  const name = lower.slice(nameStart, nameEnd);
  const close = html.indexOf(">", nameEnd);
  if (close === -1) return { name, closing, selfClosing: true, end: html.length };
  const selfClosing = html[close - 1] === "/";
  if (!RAW_TEXT.has(name)) return { name, closing, selfClosing, end: close + 1 };
  // The content of <script> and friends is text, not markup: skip to its end tag; it never counts as depth.
  const endTag = closing || selfClosing ? -2 : lower.indexOf(`</${name}`, close + 1);
  if (endTag === -1) return { closing, selfClosing: true, end: html.length };
  return { closing, selfClosing: true, end: endTag === -2 ? close + 1 : endAfter(lower, ">", endTag) };
}

function endAfter(lower: string, marker: string, from: number): number {
  const found = lower.indexOf(marker, from);
  return found === -1 ? lower.length : found + marker.length;
}

/** Cheap upper bound on depth: a page with fewer tag openings than the cap cannot nest past it. */
function countTagOpenings(html: string, limit: number): number {
  let count = 0;
  for (let at = html.indexOf("<"); at !== -1 && count <= limit; at = html.indexOf("<", at + 1)) count += 1;
  return count;
}
