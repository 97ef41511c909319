// "Top stories" and "You may also like" boxes are rows of cards: another story's headline as a link, then a
// sentence of its summary ("Fighting forced thousands to flee toward Uganda."). Removing the headline line
// alone leaves the summary, which reads as a report of its own. A card is told by its shape, not its class:
// a block that opens with a headline-sized all-link child and has little other text, standing beside
// another such block. One card alone could be a story's linked headline, so a pair is required.
import type { TextLengths } from "./measure-text.js";
import type { CleanSettings } from "./settings.js";

export type CardSettings = Pick<
  CleanSettings,
  "teaserLinkMaxChars" | "teaserLinkMinShare" | "teaserHeadlineMinWords" | "cardSummaryMaxChars"
>;

const CARDS = "div, li, article, section";

/** `lengths`: measureText of the page, so a block too long to be a card is passed over without reading it. */
export function stripTeaserCards(body: Element, settings: CardSettings, lengths: TextLengths): void {
  // A card is a headline and a summary: a longer block is skipped before its children are read.
  const maxChars = settings.teaserLinkMaxChars + settings.cardSummaryMaxChars;
  const cards = Array.from(body.querySelectorAll(CARDS)).filter(
    (block) => (lengths.get(block) ?? 0) <= maxChars && isCardShaped(block, settings),
  );
  const paired = cards.filter((card) =>
    cards.some((other) => other !== card && other.parentElement === card.parentElement),
  );
  for (const card of paired) card.remove();
}

/** A headline child that is all link, and no more than a summary's worth of text besides. */
function isCardShaped(block: Element, settings: CardSettings): boolean {
  const children = Array.from(block.children).filter((child) => (child.textContent ?? "").trim() !== "");
  if (children.length < 2) return false;
  const [headline, ...rest] = children;
  if (!isLinkedHeadline(headline, settings)) return false;
  const restChars = rest.reduce((n, child) => n + (child.textContent ?? "").trim().length, 0);
  return restChars <= settings.cardSummaryMaxChars;
}

function isLinkedHeadline(element: Element, settings: CardSettings): boolean {
  const text = (element.textContent ?? "").trim();
  if (text.split(/\s+/).length < settings.teaserHeadlineMinWords) return false;
  if (element.tagName.toUpperCase() === "A") return true;
  const linked = Array.from(element.querySelectorAll("a")).reduce((n, a) => n + (a.textContent ?? "").trim().length, 0);
  return linked / text.length >= settings.teaserLinkMinShare;
}
