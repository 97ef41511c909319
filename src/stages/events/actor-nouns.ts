// Common nouns that say what kind of actor a phrase is (lexicon/actors/actor-nouns.tsv), as the head of an
// agent or patient phrase in the parse (find-parsed-actor.ts), and the country a modifier or possessor of
// that noun names ("Malian soldiers", "Mali's army").
import { type Doc, type Span, spansOf } from "../../doc.js";
import { readLexiconLines, readLexiconTable } from "../../lexicon.js";
import { type IdentityMilitias, loadIdentityMilitias } from "./name-identity-militia.js";
import { childrenWith, headOf, type ParseTree, relationOf, uposOf, wordOf } from "./parse-tree.js";
import { isSpeechVerb } from "./saying-verb-of.js";

export type ActorKind = "military" | "police" | "armed group" | "rioters" | "protesters" | "civilians";
const KINDS: readonly ActorKind[] = ["military", "police", "armed group", "rioters", "protesters", "civilians"];

export type ActorNouns = {
  /** Noun (lower case) -> the kind of actor it describes. */
  kinds: ReadonlyMap<string, ActorKind>;
  /** "armed men", "masked men": modifiers that make people an armed group. */
  arming: ReadonlySet<string>;
  /** "Fulani gunmen", "tribesmen": armed men named by their identity (name-identity-militia.ts). */
  identities: IdentityMilitias;
};

export type OwnerCountry = { name: string; iso3: string; evidence: Span };

export function loadActorNouns(): ActorNouns {
  const kinds = new Map<string, ActorKind>();
  for (const row of readLexiconTable("actors/actor-nouns.tsv")) {
    const kind = KINDS.find((k) => k === row.kind);
    if (!kind) throw new Error(`lexicon/actors/actor-nouns.tsv: unknown kind "${row.kind}" for "${row.word}"`);
    kinds.set(row.word.toLowerCase(), kind);
  }
  return {
    kinds,
    arming: new Set(readLexiconLines("actors/arming-modifiers.txt").map((w) => w.trim())),
    identities: loadIdentityMilitias(),
  };
}

/**
 * "Nigerien troops", "Turkey's soldiers": the country a modifier or possessor of the noun names, with the
 * words that name it (an entity, or the places layer's country or demonym).
 */
export function countryModifierOf(doc: Doc, tree: ParseTree, head: number): OwnerCountry | null {
  const owners = childrenWith(tree, head, ["nmod:poss", "amod", "compound"]);
  const named = countryNamedBy(
    doc,
    owners.map((c) => tree.tokens[c]),
  );
  if (named || !owners.some((c) => POSSESSIVE_PRONOUNS.has(wordOf(tree, c)))) return named;
  return speakerCountryOf(doc, tree, head);
}

// "Russia's defence ministry said its forces had captured the village": in reported speech "its" and "their"
// are the speaker's, whose country is the forces' (not the country of the place they took).
const POSSESSIVE_PRONOUNS = new Set(["its", "their"]);

/** The country of the subject of the verb of saying whose reported clause holds `head`, if any. */
export function speakerCountryOf(doc: Doc, tree: ParseTree, head: number): OwnerCountry | null {
  let clause = head;
  while (clause >= 0 && uposOf(tree, clause) !== "VERB") clause = headOf(tree, clause);
  if (clause < 0 || relationOf(tree, clause) !== "ccomp") return null;
  const saying = headOf(tree, clause);
  if (!isSpeechVerb(tree, saying)) return null;
  const speaker = childrenWith(tree, saying, ["nsubj"]).find((c) => relationOf(tree, c) === "nsubj");
  if (speaker === undefined) return null;
  const words = [speaker, ...childrenWith(tree, speaker, ["nmod:poss", "amod", "compound"])];
  return countryNamedBy(
    doc,
    words.map((c) => tree.tokens[c]),
  );
}

/** The country that one of these words names, as an entity or a country or demonym of the places layer. */
export function countryNamedBy(doc: Doc, owners: readonly Span[]): OwnerCountry | null {
  const isOwner = (s: { start: number; end: number }) => owners.some((o) => s.start <= o.start && o.end <= s.end);
  for (const entity of spansOf(doc, "entities")) {
    const iso3 = entity.data?.iso3;
    if ((entity.label === "COUNTRY" || entity.label === "NORP") && iso3 && entity.data?.name && isOwner(entity))
      return { name: entity.data.name, iso3, evidence: entity };
  }
  for (const place of spansOf(doc, "places")) {
    const { country, iso3 } = place.data ?? {};
    if ((place.label === "COUNTRY" || place.label === "ADJECTIVAL") && country && iso3 && isOwner(place))
      return { name: country, iso3, evidence: place };
  }
  return null;
}

/** The kind of actor a head noun names, with its modifiers: "armed men" are an armed group, not civilians. */
export function actorKindOf(tree: ParseTree, head: number, nouns: ActorNouns): ActorKind | undefined {
  const kind = nouns.kinds.get(wordOf(tree, head));
  if (kind !== "civilians") return kind;
  const isArmed = childrenWith(tree, head, ["amod"]).some((c) => nouns.arming.has(wordOf(tree, c)));
  return isArmed || isArmedByMisreadVerb(tree, head, nouns) ? "armed group" : kind;
}

/**
 * "Armed herdsmen killed ..." parsed with "Armed" a verb and the people its object: the arming word just
 * before the phrase still describes them.
 */
function isArmedByMisreadVerb(tree: ParseTree, head: number, nouns: ActorNouns): boolean {
  const verb = headOf(tree, head);
  return verb >= 0 && verb < head && relationOf(tree, head) === "obj" && nouns.arming.has(wordOf(tree, verb));
}
