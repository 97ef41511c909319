// Before Readability scores a page, remove the parts that are never the body: captions, sidebars, hidden
// hover cards, sign-up forms, share bars, bylines. Readability keeps such blocks when they sit inside the
// article container (its own filters only look at whole containers), and they cost precision on news pages.
import { CONFIG } from "../../config.js";
import { loadPatternLines, readLexiconLines } from "../../lexicon.js";

const SELECTORS = readLexiconLines("boilerplate/remove-selectors.txt")
  .map((line) => line.trim())
  .join(", ");
const CLASS_WORDS = loadPatternLines("boilerplate/class-words.txt");
const BODY_WORDS = loadPatternLines("boilerplate/class-words-body.txt");

export function stripBoilerplateNodes(body: Element): void {
  for (const node of Array.from(body.querySelectorAll(SELECTORS))) removeIfSmall(node);
  for (const node of Array.from(body.querySelectorAll("[class], [id]"))) {
    if (!node.isConnected) continue;
    const names = `${node.getAttribute("class") ?? ""} ${node.getAttribute("id") ?? ""}`.trim();
    if (names && CLASS_WORDS.some((re) => re.test(names)) && !BODY_WORDS.some((re) => re.test(names)))
      removeIfSmall(node);
  }
  for (const paragraph of Array.from(body.querySelectorAll("p"))) if (isTeaserLink(paragraph)) paragraph.remove();
}

/** A short paragraph that is all link ("SEAN SPICER ELIMINATED FROM ...", "[Engadget]") points to another page. */
function isTeaserLink(paragraph: Element): boolean {
  const text = (paragraph.textContent ?? "").trim();
  if (!text || text.length > CONFIG.teaserLinkMaxChars) return false;
  const linked = Array.from(paragraph.querySelectorAll("a")).reduce(
    (n, a) => n + (a.textContent ?? "").trim().length,
    0,
  );
  return linked / text.length >= CONFIG.teaserLinkMinShare;
}

/** A big block (a page-wide <form>, a "has-comments" story wrapper) is kept: past a caption's size it is the story. */
function removeIfSmall(node: Element): void {
  if ((node.textContent ?? "").length <= CONFIG.boilerplateNodeMaxChars) node.remove();
}
