// Scraped pages end in boilerplate: author mail lines, a copyright line (often another publisher's),
// previous/next links, comment forms. We cut from the first such line in the tail of the document.
import type { CleanSettings } from "./settings.js";

type TailSettings = Pick<CleanSettings, "boilerplateTailShare" | "boilerplateProseChars">;

/** Returns the offset where trailing boilerplate starts (a line matching one of `trailingLines`), or text.length. */
export function findBoilerplateStart(text: string, trailingLines: readonly RegExp[], settings: TailSettings): number {
  const tailFrom = Math.floor(text.length * (1 - settings.boilerplateTailShare));
  const lines = text.split("\n");
  let offset = 0;
  for (let i = 0; i < lines.length; i++) {
    const trimmed = lines[i].trim();
    if (
      offset >= tailFrom &&
      trimmed !== "" &&
      trailingLines.some((re) => re.test(trimmed)) &&
      !isStoryFrom(lines, i, settings.boilerplateProseChars)
    )
      return offset;
    offset += lines[i].length + 1;
  }
  return text.length;
}

/** Boilerplate is short lines; a prose paragraph at or after the candidate line means the story goes on. */
function isStoryFrom(lines: string[], from: number, proseChars: number): boolean {
  return lines.slice(from).some((line) => isProse(line.trim(), proseChars));
}

function isProse(line: string, proseChars: number): boolean {
  return line.length >= proseChars && /[.!?]["”’)]?$/.test(line) && !/^(copyright|©|\(c\))/i.test(line);
}

const COPYRIGHT =
  /^(?:copyright\s*)?(?:©|\(c\))?\s*(?:copyright\s*)?(?:©\s*)?\d{4}(?:[-–]\d{4})?,?\s+(.+?)(?:,?\s+(?:inc|ltd|llc|plc)\.?)?(?:[.,]\s*all rights reserved.*)?$/i;

/** The publisher a tail line says the story first ran in ("This article was originally published by Futurism."),
 * else the copyright holder: a syndicated copy names its source there. */
export function findOriginalPublisher(tail: string, originalPublisherLines: readonly RegExp[]): string | undefined {
  for (const line of tail.split("\n")) {
    const trimmed = line.trim();
    for (const re of originalPublisherLines) {
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
