// A photo's caption is often not in a <figure>: "<div class=img-holder><img><p>caption</p></div>",
// "<div><img><br><i>caption</i></div>", a carousel slide. The caption retells the story's event ("Villagers
// inspect burnt houses after clashes killed 11 on Saturday"), so it makes a second record of it, and it
// stands before the lead, where it takes the event's evidence. We remove the smallest block around a
// picture once it holds text, when that text is a caption's size and shape: short, one block, no headline.
import type { CleanSettings } from "./settings.js";

export type ImageBlockSettings = Pick<CleanSettings, "captionMaxChars" | "imageIconMaxPx">;

/** Blocks that are the story's frame, never a picture's wrapper; and a paragraph: a picture floated inside
 * a paragraph ("<p><img class=alignleft>The army said ...</p>") illustrates the paragraph's own text. */
const FRAMES = new Set(["BODY", "HTML", "MAIN", "ARTICLE", "P"]);

export function stripImageBlocks(body: Element, settings: ImageBlockSettings): void {
  for (const image of Array.from(body.querySelectorAll("img"))) {
    if (!image.isConnected || isIcon(image, settings.imageIconMaxPx)) continue;
    const block = findCaptionBlock(image);
    if (block && isCaptionSized(block, settings.captionMaxChars)) block.remove();
  }
}

/** The nearest ancestor of the picture with any text: the picture's own block with its caption. */
function findCaptionBlock(image: Element): Element | undefined {
  let node = image.parentElement;
  while (node && !FRAMES.has(node.tagName.toUpperCase()) && !(node.textContent ?? "").trim()) node = node.parentElement;
  return node && !FRAMES.has(node.tagName.toUpperCase()) ? node : undefined;
}

/** A caption is a sentence or two in one block; a headline or several paragraphs beside a picture are the
 * story's top or the story itself. */
function isCaptionSized(block: Element, maxChars: number): boolean {
  if ((block.textContent ?? "").trim().length > maxChars) return false;
  if (block.querySelector("h1, h2")) return false;
  return block.querySelectorAll("p").length <= 1;
}

/** Emoji, share buttons and tracking pixels are pictures inside a line of text, not photos. */
function isIcon(image: Element, maxPx: number): boolean {
  const sizes = ["width", "height"].map((name) => Number.parseInt(image.getAttribute(name) ?? "", 10));
  return sizes.some((px) => Number.isFinite(px) && px <= maxPx);
}
