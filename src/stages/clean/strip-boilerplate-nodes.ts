// Before Readability scores a page, remove the parts that are never the body: captions, sidebars, hidden
// hover cards, sign-up forms, share bars, bylines. Readability keeps such blocks when they sit inside the
// article container (its own filters only look at whole containers), and they cost precision on news pages.
import type { CleanLexicons } from "./clean-lexicons.js";
import type { CleanSettings } from "./settings.js";

type NodeLexicons = Pick<CleanLexicons, "removeSelectors" | "classWords" | "bodyClassWords">;
type NodeSettings = Pick<CleanSettings, "boilerplateNodeMaxChars" | "teaserLinkMaxChars" | "teaserLinkMinShare">;

export function stripBoilerplateNodes(body: Element, lexicons: NodeLexicons, settings: NodeSettings): void {
  const maxChars = settings.boilerplateNodeMaxChars;
  for (const node of Array.from(body.querySelectorAll(lexicons.removeSelectors))) removeIfSmall(node, maxChars);
  for (const node of Array.from(body.querySelectorAll("[class], [id]"))) {
    if (!node.isConnected) continue;
    const names = `${node.getAttribute("class") ?? ""} ${node.getAttribute("id") ?? ""}`.trim();
    if (
      names &&
      lexicons.classWords.some((re) => re.test(names)) &&
      !lexicons.bodyClassWords.some((re) => re.test(names))
    )
      removeIfSmall(node, maxChars);
  }
  for (const paragraph of Array.from(body.querySelectorAll("p")))
    if (isTeaserLink(paragraph, settings)) paragraph.remove();
}

/** A short paragraph that is all link ("SEAN SPICER ELIMINATED FROM ...", "[Engadget]") points to another page. */
function isTeaserLink(paragraph: Element, settings: NodeSettings): boolean {
  const text = (paragraph.textContent ?? "").trim();
  if (!text || text.length > settings.teaserLinkMaxChars) return false;
  const linked = Array.from(paragraph.querySelectorAll("a")).reduce(
    (n, a) => n + (a.textContent ?? "").trim().length,
    0,
  );
  return linked / text.length >= settings.teaserLinkMinShare;
}

/** A big block (a page-wide <form>, a "has-comments" story wrapper) is kept: past a caption's size it is the story. */
function removeIfSmall(node: Element, maxChars: number): void {
  if ((node.textContent ?? "").length <= maxChars) node.remove();
}
