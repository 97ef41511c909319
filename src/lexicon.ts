// Loading of data files under lexicon/ (each has its source and licence in its header or a SOURCE file).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "./paths.js";

export function lexiconPath(relative: string): string {
  return join(projectRoot(), "lexicon", relative);
}

/** Non-comment, non-blank lines of a lexicon file. */
export function readLexiconLines(relative: string): string[] {
  return readFileSync(lexiconPath(relative), "utf8")
    .split("\n")
    .map((line) => line.replace(/\r$/, ""))
    .filter((line) => line.trim() !== "" && !line.startsWith("#"));
}

/** A file of one regular expression a line, compiled case-insensitively. */
export function loadPatternLines(relative: string): RegExp[] {
  return readLexiconLines(relative).map((line) => new RegExp(line.trim(), "i"));
}

/** A tab-separated file whose first non-comment line names the columns. */
export function readLexiconTable(relative: string): Record<string, string>[] {
  const [header, ...rows] = readLexiconLines(relative);
  const columns = header.split("\t");
  return rows.map((row) => {
    const cells = row.split("\t");
    return Object.fromEntries(columns.map((name, i) => [name, (cells[i] ?? "").trim()]));
  });
}

/**
 * Literal phrases of a lexicon as one regex alternation: escaped, longest first (so "Police Department"
 * wins over "Police"), a space matching any run of white space.
 */
export function phraseAlternation(phrases: Iterable<string>): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+"))
    .join("|");
}

/** Lexicon patterns write a space for "white space" and " ?" for "optional white space". */
export function spacePattern(pattern: string): string {
  return pattern.replace(/ \?/g, "\\s*").replace(/ /g, "\\s+");
}
