// Page furniture inside the article container ("Continue Reading Below", "(Image: GETTY)" caption tails,
// "Updated 11:05" stamps) survives Readability because it sits between story paragraphs. We drop such
// short lines wherever they stand; the patterns are data (lexicon/boilerplate/drop-lines.txt).
import { CONFIG } from "../../config.js";
import { loadPatternLines } from "../../lexicon.js";

const DROP_LINES = loadPatternLines("boilerplate/drop-lines.txt");

export function dropBoilerplateLines(text: string): string {
  return text
    .split("\n")
    .filter((line) => !isBoilerplateLine(line.trim()))
    .join("\n");
}

function isBoilerplateLine(line: string): boolean {
  return line !== "" && line.length <= CONFIG.dropLineMaxChars && DROP_LINES.some((re) => re.test(line));
}
