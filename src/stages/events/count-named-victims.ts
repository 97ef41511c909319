// "Local journalist Ahmed Musa was murdered", "gunmen killed him": a killing verb
// (lexicon/events/killing-verbs.txt) whose patient is a named person or "he"/"she" is one death each (ACLED counts a named person killed as one fatality). The numbers stage reads counts
// ("killed a trader" is one), not names, so an incident with no count of its dead reads them here. The
// patient is the subject of the passive verb or the object of the active one, and its conjuncts each
// count one ("the mayor and his driver were killed").
import type { LayerSpan } from "../../doc.js";
import { childrenWith, type ParseTree, relationOf, uposOf, wordOf } from "./parse-tree.js";

const SINGULAR_PRONOUNS = new Set(["he", "she", "him", "her"]);

/** The number spans of the one-person victims of killing verbs in `sentences` ranges, each one dead. */
export function countNamedVictims(
  tree: ParseTree,
  sentences: readonly { start: number; end: number }[],
  lexicons: { killingVerbs: ReadonlySet<string>; plurals: ReadonlySet<string> },
): LayerSpan<"numbers">[] {
  const inIncident = (i: number) =>
    sentences.some((s) => tree.tokens[i].start >= s.start && tree.tokens[i].end <= s.end);
  const counts: LayerSpan<"numbers">[] = [];
  tree.tokens.forEach((token, verb) => {
    if (uposOf(tree, verb) !== "VERB" || !lexicons.killingVerbs.has(wordOf(tree, verb)) || !inIncident(verb)) return;
    const patient = patientOf(tree, verb, lexicons.plurals);
    if (patient === undefined) return;
    const victims = [patient, ...childrenWith(tree, patient, ["conj"])];
    if (!victims.every((v) => isOnePerson(tree, v, lexicons.plurals))) return;
    const start = Math.min(token.start, ...victims.map((v) => tree.tokens[v].start));
    const end = Math.max(token.end, ...victims.map((v) => tree.tokens[v].end));
    const n = victims.length;
    const data = { low: n, best: n, high: n, revised: false };
    counts.push({ start, end, label: "KILLED", by: "events/named-victims", data });
  });
  return counts;
}

/**
 * The object of the active verb or the subject of the passive one; the parser sometimes leaves a name in
 * apposition as a second subject of the passive ("journalist Ali X was murdered"): that name is the patient.
 */
function patientOf(tree: ParseTree, verb: number, plurals: ReadonlySet<string>): number | undefined {
  const patient = childrenWith(tree, verb, ["nsubj:pass", "obj"])[0];
  if (patient === undefined || isOnePerson(tree, patient, plurals)) return patient;
  const isPassive = childrenWith(tree, verb, ["aux:pass"]).length > 0;
  const named = childrenWith(tree, verb, ["nsubj"]).find((c) => relationOf(tree, c) === "nsubj");
  return isPassive && named !== undefined && uposOf(tree, named) === "PROPN" ? named : patient;
}

/**
 * A proper name, "he"/"him", or a singular common noun that a name or a possessor makes one person ("the
 * opposition leader Ali X", "his driver"). The tags carry no number, so a noun ending in "s" or listed as an
 * irregular plural ("men", "people") is no one person; a name ending in "s" may be a people ("Kurds").
 */
function isOnePerson(tree: ParseTree, i: number, plurals: ReadonlySet<string>): boolean {
  const upos = uposOf(tree, i);
  const word = wordOf(tree, i);
  if (upos === "PRON") return SINGULAR_PRONOUNS.has(word);
  if (childrenWith(tree, i, ["nummod"]).length > 0 || /s$/.test(word) || plurals.has(word)) return false;
  if (upos === "PROPN") return true;
  const isNamed = childrenWith(tree, i, ["flat", "appos", "nmod:desc", "nmod:poss"]).some(
    (c) => uposOf(tree, c) === "PROPN" || SINGULAR_PRONOUNS.has(wordOf(tree, c)) || wordOf(tree, c) === "his",
  );
  return upos === "NOUN" && isNamed;
}
