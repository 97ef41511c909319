// "Armed Fulani herdsmen", "tribal fighters", "clansmen": armed men a report describes by the people, tribe
// or clan they come from are an identity militia in ACLED's sense (inter code 4), named by that identity and
// the country (lexicon/actors/identity-militias.tsv), not an unidentified armed group.
import type { ActorValue } from "../../doc.js";
import { readLexiconTable } from "../../lexicon.js";
import { childrenWith, type ParseTree, uposOf, wordOf } from "./parse-tree.js";

export type IdentityMilitias = {
  /** "fulani", "tribal" (lower case) -> the militia's name with a {country} slot. */
  modifiers: ReadonlyMap<string, string>;
  /** "tribesmen": a noun that is itself the identity. */
  nouns: ReadonlyMap<string, string>;
  /** The plain nouns of armed men a modifier may name: "gunmen", not "rebels" or "bandits". */
  heads: ReadonlySet<string>;
};

/** ACLED Codebook (2023): identity militias are inter code 4. */
const IDENTITY_MILITIA_INTER = 4;
/** "Armed Rizeigat tribesmen": the people's name is one of the two words before the noun. */
const MODIFIERS_BEFORE = 2;
const NOUN_PHRASE_UPOS = new Set(["ADJ", "PROPN", "NOUN"]);

export function loadIdentityMilitias(): IdentityMilitias {
  const rows = readLexiconTable("actors/identity-militias.tsv");
  const named = (part: string) =>
    new Map(rows.filter((r) => r.part === part).map((r) => [r.word.toLowerCase(), r.name] as const));
  return {
    modifiers: named("modifier"),
    nouns: named("noun"),
    heads: new Set(rows.filter((r) => r.part === "head").map((r) => r.word.toLowerCase())),
  };
}

/** The identity militia an armed-group phrase headed by `head` names, with the token that says so; null. */
export function findIdentityMilitia(
  tree: ParseTree,
  head: number,
  militias: IdentityMilitias,
): { name: string; token: number } | null {
  const own = militias.nouns.get(wordOf(tree, head));
  if (!own && !militias.heads.has(wordOf(tree, head))) return null;
  // "Rizeigat tribesmen": the people named is the militia's name; the noun alone says only "tribal".
  for (const modifier of [...childrenWith(tree, head, ["amod", "compound", "nmod:poss"]), ...wordsBefore(tree, head)]) {
    const name = militias.modifiers.get(wordOf(tree, modifier));
    if (name) return { name, token: modifier };
  }
  return own ? { name: own, token: head } : null;
}

/**
 * "- Armed Rizeigat tribesmen attacked": after a wire dateline the parse hangs the modifiers of the subject
 * on the dateline; the words right before the head still modify it.
 */
function wordsBefore(tree: ParseTree, head: number): number[] {
  const words: number[] = [];
  for (let t = head - 1; t >= 0 && words.length < MODIFIERS_BEFORE && NOUN_PHRASE_UPOS.has(uposOf(tree, t)); t--)
    words.push(t);
  return words;
}

export function nameIdentityMilitia(name: string, country: { name: string; iso3: string } | null): ActorValue {
  if (!country)
    return { name: name.replace(" ({country})", "").replace("({country})", ""), inter: IDENTITY_MILITIA_INTER };
  return { name: name.replace("{country}", country.name), inter: IDENTITY_MILITIA_INTER, country: country.iso3 };
}
