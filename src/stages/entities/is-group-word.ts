// A word for a people or an ideology ("Kurdish", "Europeans", "Congolese", "Islamist"): the name
// classifier reads a name of such words as a group (MISC), and the candidate finder cuts an ordinary word
// before them ("Suspected Islamist militants"). Its own file so both read it without a cycle.
import type { NameLexicons } from "./name-lexicons.js";

// Peoples and their adjectives: "Kurdish", "Europeans", "Congolese", "Americans" (long -ans only: "Evans").
const GROUP_SUFFIX = /^\p{Lu}\p{Ll}+(?:ians?|eans?|ese|ish)$|^\p{Lu}\p{Ll}{4,}ans$/u;

export function isGroupWord(word: string, lex: NameLexicons): boolean {
  return lex.groupWords.has(word) || (GROUP_SUFFIX.test(word) && !lex.firstNames.has(word));
}
