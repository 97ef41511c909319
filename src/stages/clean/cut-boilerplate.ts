// Scraped pages end in boilerplate: author mail lines, a copyright line (often another publisher's),
// previous/next links, comment forms. We cut from the first such line in the tail of the document.
import { CONFIG } from "../../config.js";
import { loadPatternLines } from "../../lexicon.js";

const TRAILING_LINES = loadPatternLines("boilerplate/trailing-lines.txt");
const ORIGINAL_PUBLISHER_LINES = loadPatternLines("boilerplate/original-publisher-lines.txt");

/** Returns the offset where trailing boilerplate starts, or text.length when there is none. */
export function findBoilerplateStart(text: string): number {
  const tailFrom = Math.floor(text.length * (1 - CONFIG.boilerplateTailShare));
  const lines = text.split("\n");
  let offset = 0;
  for (let i = 0; i < lines.length; i++) {
    const trimmed = lines[i].trim();
    if (offset >= tailFrom && trimmed !== "" && TRAILING_LINES.some((re) => re.test(trimmed)) && !isStoryFrom(lines, i))
      return offset;
    offset += lines[i].length + 1;
  }
  return text.length;
}

/** Boilerplate is short lines; a prose paragraph at or after the candidate line means the story goes on. */
function isStoryFrom(lines: string[], from: number): boolean {
  return lines.slice(from).some((line) => isProse(line.trim()));
}

function isProse(line: string): boolean {
  return (
    line.length >= CONFIG.boilerplateProseChars && /[.!?]["”’)]?$/.test(line) && !/^(copyright|©|\(c\))/i.test(line)
  );
}

const COPYRIGHT =
  /^(?:copyright\s*)?(?:©|\(c\))?\s*(?:copyright\s*)?(?:©\s*)?\d{4}(?:[-–]\d{4})?,?\s+(.+?)(?:,?\s+(?:inc|ltd|llc|plc)\.?)?(?:[.,]\s*all rights reserved.*)?$/i;

/** The publisher a tail line says the story first ran in ("This article was originally published by Futurism."),
 * else the copyright holder: a syndicated copy names its source there. */
export function findOriginalPublisher(tail: string): string | undefined {
  for (const line of tail.split("\n")) {
    const trimmed = line.trim();
    for (const re of ORIGINAL_PUBLISHER_LINES) {
      const match = re.exec(trimmed);
      if (match?.[1]) return match[1].replace(/[.,]\s*$/, "").trim();
    }
  }
  return findCopyrightHolder(tail);
}

/** The publisher named by a copyright line in the cut-off tail ("Copyright © 2020 Dow Jones & Company, Inc."). */
export function findCopyrightHolder(tail: string): string | undefined {
  for (const line of tail.split("\n")) {
    const trimmed = line.trim();
    if (!/^(copyright|©|\(c\))/i.test(trimmed)) continue;
    const match = COPYRIGHT.exec(trimmed);
    if (match) return match[1].replace(/[.,]\s*$/, "").trim();
  }
  return undefined;
}
