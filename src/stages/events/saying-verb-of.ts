// "The YPG said …", "accused Ankara of …": the subject or object of a verb of saying or blaming is who speaks
// or is blamed. A place in that slot says nothing about where an event happened.
import { headOf, type ParseTree, relationOf, uposOf, wordOf } from "./parse-tree.js";
import { SPEECH } from "./speech-verbs.js";

// SPEECH lists finite forms; a participle clause speaks too ("…, calling Kabul a haven for militants").
const SAYING = new RegExp(
  `^(?:${SPEECH.source}|accus(?:e|es|ed|ing)|blam(?:e|es|ed|ing)|saying|telling|adding|noting|warning|calling|describing|condemning|denouncing)$`,
  "i",
);

/** The verb of saying or blaming whose subject or object `token` is, or -1. */
export function sayingVerbOf(tree: ParseTree, token: number): number {
  if (token < 0 || !/^(?:nsubj|obj|iobj)(?::|$)/.test(relationOf(tree, token))) return -1;
  const verb = headOf(tree, token);
  return SAYING.test(wordOf(tree, verb)) ? verb : -1;
}

/** "said", "told": a verb of saying in its finite forms (SPEECH), tagged as a verb. */
export function isSpeechVerb(tree: ParseTree, token: number): boolean {
  return token >= 0 && uposOf(tree, token) === "VERB" && SPEECH.test(wordOf(tree, token));
}
