/** Lexicon patterns write a space for "white space" and " ?" for "optional white space". */
export function spacePattern(pattern: string): string {
  return pattern.replace(/ \?/g, "\\s*").replace(/ /g, "\\s+");
}
