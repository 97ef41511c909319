// Page furniture inside the article container ("Continue Reading Below", "(Image: GETTY)" caption tails,
// "Updated 11:05" stamps) survives Readability because it sits between story paragraphs. We drop such
// short lines wherever they stand; the patterns are data (lexicon/boilerplate/drop-lines.txt).

/** The text without lines of at most `maxChars` that match one of `dropLines`. */
export function dropBoilerplateLines(text: string, dropLines: readonly RegExp[], maxChars: number): string {
  return text
    .split("\n")
    .filter((line) => !isBoilerplateLine(line.trim(), dropLines, maxChars))
    .join("\n");
}

function isBoilerplateLine(line: string, dropLines: readonly RegExp[], maxChars: number): boolean {
  return line !== "" && line.length <= maxChars && dropLines.some((re) => re.test(line));
}
