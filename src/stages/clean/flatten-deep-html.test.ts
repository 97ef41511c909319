import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseHTML } from "linkedom";
import { flattenDeepHtml } from "./flatten-deep-html.js";

function depthOf(html: string): number {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  let max = 0;
  const walk = (node: Element, depth: number) => {
    max = Math.max(max, depth);
    for (const child of Array.from(node.children)) walk(child, depth + 1);
  };
  walk(document.body, 0);
  return max;
}

describe("clean: flattenDeepHtml", () => {
  it("leaves a page within the depth cap byte for byte", () => {
    const html = "<div><p>Militants attacked a checkpoint.<p>Two soldiers died.</div><script>if (a < b) x()</script>";
    assert.deepEqual(flattenDeepHtml(html, 3), { html, dropped: 0 });
  });

  it("drops the tags past the cap and keeps every word", () => {
    const html = "<div>".repeat(50) + "deep words" + "</div>".repeat(50) + "<p>after</p>";
    const flat = flattenDeepHtml(html, 10);
    assert.equal(flat.dropped, 80);
    assert.ok(depthOf(flat.html) <= 11, `depth ${depthOf(flat.html)}`); // the cap, plus the <br> a dropped block leaves
    assert.match(flat.html, /deep words/);
    assert.match(flat.html, /<p>after<\/p>$/);
  });

  it("counts unclosed inline tags as depth, but not unclosed paragraphs or list items", () => {
    const inline = "<b><i>".repeat(30) + "text";
    assert.ok(flattenDeepHtml(inline, 20).dropped > 0);
    const paragraphs = "<p>one line".repeat(100);
    assert.equal(flattenDeepHtml(paragraphs, 20).dropped, 0);
  });

  it("does not read markup inside script, style or comments, even unclosed", () => {
    const html = "<script>" + "<div>".repeat(100) + "</script><!-- " + "<div>".repeat(100) + " -->text";
    assert.equal(flattenDeepHtml(html, 10).dropped, 0);
    const unclosed = "<div>".repeat(5) + "<!-- " + "<div>".repeat(100);
    assert.equal(flattenDeepHtml(unclosed, 10).dropped, 0);
  });

  it("flattens 20,000 nested elements in one linear pass", () => {
    const html = "<span>".repeat(20_000) + "x" + "</span>".repeat(20_000);
    const started = Date.now();
    const flat = flattenDeepHtml(html, 200);
    assert.ok(Date.now() - started < 5000);
    assert.equal(flat.dropped, 2 * (20_000 - 200));
  });
});
