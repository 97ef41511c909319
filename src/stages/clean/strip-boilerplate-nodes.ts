// Before Readability scores a page, remove the parts that are never the body: captions, sidebars, hidden
// hover cards, sign-up forms, share bars, bylines. Readability keeps such blocks when they sit inside the
// article container (its own filters only look at whole containers), and they cost precision on news pages.
import type { CleanLexicons } from "./clean-lexicons.js";
import { isTeaserBlock, TEASER_BLOCKS, type TeaserSettings } from "./find-teaser-blocks.js";
import { measureText } from "./measure-text.js";
import type { CleanSettings } from "./settings.js";
import { type ImageBlockSettings, stripImageBlocks } from "./strip-image-blocks.js";
import { type CardSettings, stripTeaserCards } from "./strip-teaser-cards.js";

type NodeLexicons = Pick<CleanLexicons, "removeSelectors" | "classWords" | "bodyClassWords">;
type NodeSettings = Pick<CleanSettings, "boilerplateNodeMaxChars"> & TeaserSettings & ImageBlockSettings & CardSettings;

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
  // Captions outside <figure> go before the teaser test, which would otherwise take a linked photo's block.
  stripImageBlocks(body, settings);
  // One measure for both rules: after cards go, an ancestor's length is too large, which only skips a block
  // that held a card, itself no teaser line.
  const lengths = measureText(body);
  // Cards before teaser lines: once a card's headline line is gone its summary no longer looks like a card.
  stripTeaserCards(body, settings, lengths);
  // A block longer than a teaser by the one-pass measure is skipped unread.
  for (const block of Array.from(body.querySelectorAll(TEASER_BLOCKS)))
    if ((lengths.get(block) ?? 0) <= settings.teaserLinkMaxChars && block.isConnected && isTeaserBlock(block, settings))
      block.remove();
}

/** A big block (a page-wide <form>, a "has-comments" story wrapper) is kept: past a caption's size it is the story. */
function removeIfSmall(node: Element, maxChars: number): void {
  if ((node.textContent ?? "").length <= maxChars) node.remove();
}
