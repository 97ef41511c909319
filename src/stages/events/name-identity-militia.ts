// "Armed Fulani herdsmen", "tribal fighters", "clansmen": armed men a report describes by the people, tribe
// or clan they come from are an identity militia in ACLED's sense (inter code 4), named by that identity and
// the country (lexicon/actors/identity-militias.tsv), not an unidentified armed group.
import type { ActorValue } from "../../doc.js";
import { readLexiconTable } from "../../lexicon.js";
import { childrenWith, type ParseTree, wordOf } from "./parse-tree.js";

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
  if (own) return { name: own, token: head };
  if (!militias.heads.has(wordOf(tree, head))) return null;
  for (const modifier of childrenWith(tree, head, ["amod", "compound", "nmod:poss"])) {
    const name = militias.modifiers.get(wordOf(tree, modifier));
    if (name) return { name, token: modifier };
  }
  return null;
}

export function nameIdentityMilitia(name: string, country: { name: string; iso3: string } | null): ActorValue {
  if (!country)
    return { name: name.replace(" ({country})", "").replace("({country})", ""), inter: IDENTITY_MILITIA_INTER };
  return { name: name.replace("{country}", country.name), inter: IDENTITY_MILITIA_INTER, country: country.iso3 };
}
