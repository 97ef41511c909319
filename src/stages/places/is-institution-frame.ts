// "Oxford Police", "Marlow County Jail", "Carlow Town Hall": a capitalised name right before a word of
// local government, policing or courts names the place that institution serves. Schools and hospitals
// ("Lincoln Elementary", "Grace Memorial Hospital") are as often named for a person or a saint, so there
// the name must not also be a given name or an ordinary word. The words are data
// (lexicon/places/local-institutions.tsv); this only matches them after a name.
import { phraseAlternation, readLexiconTable } from "../../lexicon.js";
import { isCommonWord, isGivenName } from "./word-lists.js";

type Patterns = { government: RegExp; namedFor: RegExp };
let patterns: Patterns | undefined;

/** True when the words right after `end` open the name of a local institution that `name` is the place of. */
export function isInstitutionFrame(text: string, end: number, name: string): boolean {
  patterns ??= compilePatterns();
  const after = text.slice(end, end + 40);
  if (patterns.government.test(after)) return true;
  return patterns.namedFor.test(after) && !name.split(/\s+/).some((w) => isGivenName(w) || isCommonWord(w));
}

function compilePatterns(): Patterns {
  const rows = readLexiconTable("places/local-institutions.tsv");
  return {
    government: compile(rows.filter((r) => r.kind === "government")),
    namedFor: compile(rows.filter((r) => r.kind === "named-for")),
  };
}

function compile(rows: Record<string, string>[]): RegExp {
  return compileWordsAfterName(rows.map((r) => r.phrase));
}

/** A test for text right after a name: one of the phrases, as whole words ("Police" but not "Policeman"). */
export function compileWordsAfterName(phrases: readonly string[]): RegExp {
  return new RegExp(`^\\s+(?:${phraseAlternation(phrases)})(?![\\p{L}])`, "u");
}
