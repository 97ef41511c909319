// "Kenyan police fired tear gas at protesters" comes out of the parser with the nationality "Kenyan" as the
// verb's subject and "police" hung on the verb as a compound: read as it stands, the subject is a country
// word, taken for that country's military. A country word the parse made an argument, followed in the same
// plain phrase by an actor noun ("police", "riot police", "police officers"), is that noun's modifier: the
// noun is the argument's head and the country word its owner, as in a correct parse of the phrase.
import type { Doc } from "../../doc.js";
import { type ActorNouns, countryNamedBy, type OwnerCountry } from "./actor-nouns.js";
import { type ParseTree, uposOf, wordOf } from "./parse-tree.js";

// Words of a plain phrase between the country word and its head noun ("riot" of "Kenyan riot police").
const PHRASE_UPOS = new Set(["ADJ", "NOUN"]);

export type NationalityHead = { head: number; owner: OwnerCountry };

export function findNationalityHead(
  doc: Doc,
  tree: ParseTree,
  token: number,
  nouns: ActorNouns,
): NationalityHead | null {
  if (nouns.kinds.has(wordOf(tree, token))) return null;
  let last = token;
  while (isPhraseWord(doc, tree, last + 1)) last++;
  if (last === token || !nouns.kinds.has(wordOf(tree, last))) return null;
  const owner = countryNamedBy(doc, [tree.tokens[token]]);
  return owner ? { head: last, owner } : null;
}

/** The next word of the phrase: a noun or adjective one space on. */
function isPhraseWord(doc: Doc, tree: ParseTree, i: number): boolean {
  if (i >= tree.tokens.length || !PHRASE_UPOS.has(uposOf(tree, i))) return false;
  return doc.text.slice(tree.tokens[i - 1].end, tree.tokens[i].start) === " ";
}
