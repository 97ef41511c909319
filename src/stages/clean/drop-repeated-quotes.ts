// A pull quote repeats a sentence of the story in large type, often with an attribution line
// ("– Pentagon spokesperson John Kirby") under it. Kept, it would double every quote, name and number in
// it for the stages that count them, so the repeat and its attribution line are dropped from the text.
// Pull quotes are edited (words cut, an ellipsis added), so "repeats" means most of its word trigrams
// occur in one longer paragraph, not an exact substring.
import type { CleanSettings } from "./settings.js";

type PullQuoteSettings = Pick<
  CleanSettings,
  "pullQuoteMinChars" | "pullQuoteMaxChars" | "pullQuoteOverlap" | "attributionMaxChars"
>;

/** Text without paragraphs that repeat a passage of another paragraph, nor their attribution lines. */
export function dropRepeatedQuotes(text: string, settings: PullQuoteSettings): string {
  const paragraphs = text.split(/\n{2,}/);
  const trigrams = paragraphs.map(wordTrigrams);
  const keep = paragraphs.map(() => true);
  paragraphs.forEach((paragraph, i) => {
    const attributed = i + 1 < paragraphs.length && isAttributionLine(paragraphs[i + 1], settings.attributionMaxChars);
    // Only quotes: a repeated heading or list line ("Portion Fix Containers: ...") is the page's own structure.
    if (!isDisplayLine(paragraph, settings) || trigrams[i].size === 0 || !(isQuoted(paragraph) || attributed)) return;
    const repeated = paragraphs.some(
      (other, j) =>
        j !== i &&
        keep[j] &&
        other.length > paragraph.length &&
        sharedShare(trigrams[i], trigrams[j]) >= settings.pullQuoteOverlap,
    );
    if (!repeated) return;
    keep[i] = false;
    if (attributed) keep[i + 1] = false;
  });
  return paragraphs.filter((_, i) => keep[i]).join("\n\n");
}

/** Long enough to be a clause (shorter repeats are ordinary phrases), short enough to be a display line. */
function isDisplayLine(paragraph: string, settings: PullQuoteSettings): boolean {
  const length = paragraph.trim().length;
  return length >= settings.pullQuoteMinChars && length <= settings.pullQuoteMaxChars;
}

function isQuoted(paragraph: string): boolean {
  return /^["“‘«„]/.test(paragraph.trim());
}

function wordTrigrams(paragraph: string): Set<string> {
  const words = paragraph.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++) out.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return out;
}

function sharedShare(part: Set<string>, whole: Set<string>): number {
  let shared = 0;
  for (const gram of part) if (whole.has(gram)) shared += 1;
  return shared / part.size;
}

/** "– Pentagon spokesperson John Kirby": a dash and a short name line, not a sentence. */
function isAttributionLine(paragraph: string, maxChars: number): boolean {
  const line = paragraph.trim();
  return /^[–—-]\s*\S/.test(line) && line.length <= maxChars && !/[.!?]$/.test(line);
}
