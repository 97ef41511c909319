// "Oxford Police", "Marlow County Jail", "Carlow Town Hall": a capitalised name right before a word of
// local government, policing or courts names the place that institution serves. Schools and hospitals
// ("Lincoln Elementary", "Grace Memorial Hospital") are as often named for a person or a saint, so there
// the name must not also be a given name or an ordinary word. The words are data
// (lexicon/places/local-institutions.tsv); this only matches them after a name.
import type { PlacesLexicons } from "./places-lexicons.js";
import { isCommonWord, isGivenName } from "./word-lists.js";

/** True when the words right after `end` open the name of a local institution that `name` is the place of. */
export function isInstitutionFrame(text: string, end: number, name: string, lex: PlacesLexicons): boolean {
  const after = text.slice(end, end + 40);
  if (lex.institutions.government.test(after)) return true;
  return (
    lex.institutions.namedFor.test(after) &&
    !name.split(/\s+/).some((w) => isGivenName(w, lex.words) || isCommonWord(w, lex.words))
  );
}
