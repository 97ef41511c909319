// "A man knifed the model outside her home", "he killed his wife and wounded three others", "Jones, who
// stabbed him": in a whole report that names no political or armed actor, target or motive anywhere
// (is-ordinary-crime.ts), an attack or a riot whose agent is one person (a pronoun, a personal name, a
// singular noun such as "man" or "gunman") is one individual's crime, not political violence: ACLED codes no event for
// violence between individuals without a political actor or motive (ACLED Codebook 2023). The agent is
// read from the parse (read-predicate.ts); the state's forces, a group, a country or a plural keep it.
import { type Doc, spansOf } from "../../doc.js";
import { overlapsAny } from "../../text/span-overlap.js";
import type { ActorNouns } from "./actor-nouns.js";
import type { TriggerMention } from "./find-triggers.js";
import { CRIME_EVENT_TYPES } from "./is-ordinary-crime.js";
import { type ParseTree, uposOf, wordOf } from "./parse-tree.js";
import { readPredicate } from "./read-predicate.js";
import type { EventsSettings } from "./settings.js";

// A riot is a group's violence (ACLED Codebook 2023, "Riots": demonstrators or a mob); "a lone gunman went on a
// rampage" is one person's, and his crime as an attack would be.
const LONE_OFFENCE_TYPES = new Set([...CRIME_EVENT_TYPES, "Riots"]);
const ONE_PERSON_PRONOUNS = new Set(["he", "she", "who"]);
// Actor kinds a lone person may have: a civilian noun ("man", "neighbour") or a lone armed person ("gunman").
const LONE_KINDS = new Set([undefined, "civilians", "armed group"]);
// Entity labels that name a side, not a person.
const SIDE_LABELS = new Set(["ACTOR", "COUNTRY", "NORP", "GPE", "ORG", "LOC"]);

export function isLoneOffence(
  doc: Doc,
  tree: ParseTree,
  mention: TriggerMention,
  namesPoliticalSide: boolean,
  nouns: ActorNouns,
  settings: EventsSettings,
): boolean {
  if (namesPoliticalSide || !LONE_OFFENCE_TYPES.has(mention.eventType)) return false;
  if (spansOf(doc, "sentences").length < settings.registerMinSentences) return false;
  const predicate = readPredicate(tree, mention.span);
  if (!predicate) return false;
  const agents = [...predicate.anchors].filter(([, role]) => role === "agent").map(([token]) => token);
  return agents.length > 0 && agents.every((token) => isOnePerson(doc, tree, token, nouns));
}

function isOnePerson(doc: Doc, tree: ParseTree, token: number, nouns: ActorNouns): boolean {
  const word = wordOf(tree, token);
  const upos = uposOf(tree, token);
  if (upos === "PRON") return ONE_PERSON_PRONOUNS.has(word);
  const sides = spansOf(doc, "entities").filter((e) => SIDE_LABELS.has(e.label));
  if (overlapsAny(sides, tree.tokens[token]) || overlapsAny(spansOf(doc, "places"), tree.tokens[token])) return false;
  if (upos === "PROPN") return true;
  return upos === "NOUN" && !word.endsWith("s") && !word.endsWith("men") && LONE_KINDS.has(nouns.kinds.get(word));
}
