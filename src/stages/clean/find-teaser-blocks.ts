// Teasers for other stories sit between the story's paragraphs and in its rails: "Related: <link>",
// "ALSO READ: <link> | <link>", an embedded post card, a "most read" headline wrapped in its link. Each is
// a headline of another story, and a headline of another attack reads like an event. They are told apart
// by structure, not by wording: a short block whose text is (almost) all link text, or a short label and
// nothing else outside its links.
import type { CleanSettings } from "./settings.js";

export type TeaserSettings = Pick<
  CleanSettings,
  "teaserLinkMaxChars" | "teaserLinkMinShare" | "teaserLabelMaxWords" | "teaserHeadlineMinWords"
>;

type Run = { text: string; linked: boolean };

/** Blocks that can hold a teaser line: a paragraph, an embedded-post quote, a list item. */
export const TEASER_BLOCKS = "p, blockquote, li";

/** Is this short block a pointer to another page rather than a line of the story? */
export function isTeaserBlock(block: Element, settings: TeaserSettings): boolean {
  const text = (block.textContent ?? "").trim();
  if (!text || text.length > settings.teaserLinkMaxChars) return false;
  // A headline wrapped whole in its link (<a><span>1</span><p>headline</p></a>) is all link text.
  if (block.closest("a")) return true;
  const runs = textRuns(block, false);
  const linked = runs.filter((r) => r.linked).reduce((n, r) => n + r.text.trim().length, 0);
  if (linked / text.length >= settings.teaserLinkMinShare) return true;
  return isLabelledLinks(runs, settings);
}

/** "Related: <link>", "Read also: <link> | <link>": a short label ending in a colon, bar or dash before the
 * first link, and only separators after it. A story sentence with linked names has words between its links;
 * "Account: @name" links a name, not a headline. */
function isLabelledLinks(runs: Run[], settings: TeaserSettings): boolean {
  const first = runs.findIndex((r) => r.linked && r.text.trim() !== "");
  if (first < 0) return false;
  const label = runs
    .slice(0, first)
    .map((r) => r.text)
    .join("")
    .trim();
  const words = label.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > settings.teaserLabelMaxWords || !/[:|–—-]$/u.test(label)) return false;
  const linkedWords = runs.filter((r) => r.linked).flatMap((r) => r.text.split(/\s+/).filter(Boolean)).length;
  if (linkedWords < settings.teaserHeadlineMinWords) return false;
  return runs.slice(first).every((r) => r.linked || /^[\s|•·,;/–—-]*$/u.test(r.text));
}

/** The block's text in order, each piece marked by whether it sits inside a link. */
function textRuns(node: Node, inLink: boolean): Run[] {
  if (node.nodeType === 3) return [{ text: node.textContent ?? "", linked: inLink }];
  if (node.nodeType !== 1) return [];
  const linked = inLink || (node as Element).tagName === "A";
  return Array.from(node.childNodes).flatMap((child) => textRuns(child, linked));
}
