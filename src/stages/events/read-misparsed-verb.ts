// Where the parser misreads a verb of a trigger, what the parse still says of it. "Soldiers shot dead three
// villagers" comes out with "shot" a noun (its subject a compound before it, "dead" an adjective of the
// victims); "Militia fighters allied with the army attacked the village" with "allied" the main verb and
// the trigger its xcomp. UD gives the noun no object and an xcomp's subject to its controller, so both are
// read back from the parse's own relations, without changing the parser. "Malian troops attacked jihadist
// positions" comes out with "attacked" an adjective of "positions" and "positions" the object of "troops"
// (misreadClauseOf).
import {
  caseOf,
  childrenOf,
  headOf,
  headTokenOf,
  isNominal,
  type ParseTree,
  relationOf,
  uposOf,
} from "./parse-tree.js";

// Arguments only a verb takes: a token of the trigger with one of these is its verb, whatever its tag.
const VERB_ARGUMENTS = /^(?:obj|iobj|nsubj:pass|obl:agent)$/;

/**
 * The trigger's predicate token: a word of it the tagger called a noun that takes a verb's arguments ("shot"
 * of "shot dead" with an object), else the word whose head lies outside it.
 */
export function predicateTokenOf(tree: ParseTree, trigger: { start: number; end: number }): number {
  const head = headTokenOf(tree, trigger);
  if (head < 0) return head;
  for (let i = firstTokenIn(tree, trigger, head); i < tree.tokens.length && tree.tokens[i].end <= trigger.end; i++)
    if (i !== head && uposOf(tree, i) === "NOUN" && takesVerbArguments(tree, i)) return i;
  if (!isVerbsComplement(tree, head)) return head;
  return outsideVerbOf(tree, trigger, head) ?? wordBeforeState(tree, trigger, head) ?? head;
}

/**
 * "Police shot dead two protesters" parsed with "shot" a noun and "dead" an adjective of the victims: in a
 * trigger whose head is the state a verb leaves ("dead"), the word of the trigger just before it is that
 * verb, whatever its tag.
 */
function wordBeforeState(tree: ParseTree, trigger: { start: number }, state: number): number | undefined {
  const before = state - 1;
  const isStateWord = uposOf(tree, state) === "ADJ";
  return isStateWord && before >= 0 && tree.tokens[before].start >= trigger.start && isNominal(tree, before)
    ? before
    : undefined;
}

/**
 * The one a misread verb left in a state ("two protesters" of "shot dead two protesters", where "dead" hangs
 * on them as an adjective): the noun that the trigger's word right after the verb modifies; -1. Only a word
 * of the trigger: "the attack last week" has an adjective after a noun too.
 */
export function stateObjectOf(tree: ParseTree, verb: number, trigger: { end: number }): number {
  const state = verb + 1;
  if (state >= tree.tokens.length || tree.tokens[state].end > trigger.end) return -1;
  if (uposOf(tree, state) !== "ADJ") return -1;
  // "Troops shot dead a suspected militant" parsed with the victim the object of "dead": an adjective takes no
  // object in UD, so the one it has is the verb's, whatever its own tag.
  const ownObject = childrenOf(tree, state).find((c) => relationOf(tree, c) === "obj");
  if (ownObject !== undefined) return ownObject;
  const object = headOf(tree, state);
  const isState = relationOf(tree, state) === "amod";
  return isState && object > state && (isNominal(tree, object) || isDemonymNoun(tree, object)) ? object : -1;
}

/**
 * "shot dead a 17-year-old Palestinian": a capitalised adjective that heads its phrase is a people's
 * name used as a noun (a demonym), which the tagger leaves an adjective.
 */
function isDemonymNoun(tree: ParseTree, token: number): boolean {
  const first = tree.doc.text[tree.tokens[token].start];
  return uposOf(tree, token) === "ADJ" && first !== first.toLowerCase() && relationOf(tree, token) !== "amod";
}

/** "dead" of "shot dead", "people" of "killed eight people": a state or a counted victim, never the predicate. */
function isVerbsComplement(tree: ParseTree, token: number): boolean {
  return uposOf(tree, token) === "ADJ" || childrenOf(tree, token).some((c) => relationOf(tree, c) === "nummod");
}

/**
 * "shot dead a community leader" parsed with "dead" an adjective of the victim: two words of the trigger
 * hang outside it, and the verb among them is the predicate, not its resulting state; so too "killed eight
 * people" parsed with "people" the subject of a later verb.
 */
function outsideVerbOf(tree: ParseTree, trigger: { start: number; end: number }, inside: number): number | undefined {
  for (let i = firstTokenIn(tree, trigger, inside); i < tree.tokens.length && tree.tokens[i].end <= trigger.end; i++) {
    const head = headOf(tree, i);
    const isOutside = head < 0 || tree.tokens[head].start < trigger.start || tree.tokens[head].end > trigger.end;
    if (uposOf(tree, i) === "VERB" && isOutside) return i;
  }
  return undefined;
}

function firstTokenIn(tree: ParseTree, trigger: { start: number }, inside: number): number {
  let i = inside;
  while (i > 0 && tree.tokens[i - 1].start >= trigger.start) i--;
  return i;
}

/** A token with an object or a passive subject acts as a verb, even where the tagger called it a noun. */
export function takesVerbArguments(tree: ParseTree, token: number): boolean {
  return childrenOf(tree, token).some((c) => VERB_ARGUMENTS.test(relationOf(tree, c)));
}

/**
 * The subject a verb read as a noun left as a compound before it ("Soldiers shot dead"), or the controller
 * of an xcomp (its head's object, else its head's subject: "fighters allied with the army attacked"); -1.
 */
export function lostSubjectOf(tree: ParseTree, verb: number): number {
  const subject = headOf(tree, verb);
  // "Police in Nairobi shot dead two protesters" parsed as "police in [Nairobi shot]": the verb read as a
  // noun took the preposition, and the noun it hangs on is its subject; the compound is the place.
  const isInPhrase = relationOf(tree, verb).startsWith("nmod") && caseOf(tree, verb) !== null;
  if (isInPhrase && subject >= 0 && subject < verb && isNominal(tree, subject)) return subject;
  const compound = childrenOf(tree, verb).filter((c) => c < verb && relationOf(tree, c) === "compound");
  if (compound.length > 0) return compound[0];
  if (relationOf(tree, verb) !== "xcomp") return -1;
  const head = headOf(tree, verb);
  const controllers = childrenOf(tree, head);
  // "forced villagers to flee": an object controls only an infinitive. "Gunmen who stormed the village
  // killed six" parsed with "killed" an xcomp of "stormed" has no "to", and the village killed no one.
  const isInfinitive = childrenOf(tree, verb).some((c) => relationOf(tree, c) === "mark");
  // "Armed Fulani herdsmen killed 12 villagers" parsed with "Armed" a verb, "herdsmen" its object and
  // "killed" its xcomp: a complement that takes an object of its own is active, and the object before it
  // is who did it ("saw gunmen kill villagers"); "found the men killed" has none and stays as it was.
  const isActive = isInfinitive || childrenOf(tree, verb).some((c) => relationOf(tree, c) === "obj");
  const controller =
    (isActive ? controllers.find((c) => relationOf(tree, c) === "obj") : undefined) ??
    controllers.find((c) => relationOf(tree, c) === "nsubj") ??
    -1;
  return controller >= 0 ? antecedentOf(tree, controller) : -1;
}

/** "who" of "gunmen who stormed": a relative pronoun stands for the noun its clause describes. */
function antecedentOf(tree: ParseTree, token: number): number {
  const clause = headOf(tree, token);
  const isRelative = uposOf(tree, token) === "PRON" && clause >= 0 && relationOf(tree, clause) === "acl:relcl";
  return isRelative && headOf(tree, clause) >= 0 ? headOf(tree, clause) : token;
}

/**
 * "Kenyan and Somali troops retook the town, the army said" parsed with "troops" a second subject of "said"
 * and "retook" its complement: a verb has one subject, so where a later verb has two, the one just before
 * a verb with none is that verb's own; -1.
 */
export function doubledSubjectOf(tree: ParseTree, verb: number): number {
  const before = verb - 1;
  if (before < 0 || relationOf(tree, before) !== "nsubj") return -1;
  const other = headOf(tree, before);
  if (other <= verb) return -1;
  const subjects = childrenOf(tree, other).filter((c) => relationOf(tree, c) === "nsubj");
  return subjects.length > 1 ? before : -1;
}

/**
 * "Malian troops attacked jihadist positions" parsed as a noun phrase: the verb hung as an `amod` on the noun
 * after it, and that noun the object of a noun before the verb. A noun takes no object in UD; the noun that
 * does is the verb's subject and its object the verb's. Null when the parse says nothing of the kind.
 */
export function misreadClauseOf(tree: ParseTree, verb: number): { subject: number; object: number } | null {
  const object = headOf(tree, verb);
  if (relationOf(tree, verb) !== "amod" || uposOf(tree, verb) !== "VERB" || object <= verb) return null;
  const subject = headOf(tree, object);
  const isSubject = subject >= 0 && subject < verb && /^(?:NOUN|PROPN)$/.test(uposOf(tree, subject));
  return isSubject && (relationOf(tree, object) === "obj" || isBareConjunct(tree, object, subject, verb))
    ? { subject, object }
    : null;
}

/**
 * "say the militants seized weapons" parsed with "militants" the object of "say" and "weapons" its conjunct:
 * a conjunct with no "and" or comma of its own, whose verb follows the noun it is joined to word for word, is
 * the same misread clause. "troops and armed vehicles" has its "and".
 */
function isBareConjunct(tree: ParseTree, object: number, subject: number, verb: number): boolean {
  if (relationOf(tree, object) !== "conj" || verb !== subject + 1) return false;
  return !childrenOf(tree, object).some((c) => relationOf(tree, c) === "cc" || relationOf(tree, c) === "punct");
}

/** The verb of a trigger the parser read as a noun phrase ("the militants seized weapons"), with its subject. */
export function misreadVerbIn(
  tree: ParseTree,
  trigger: { start: number; end: number },
): { verb: number; subject: number } | null {
  const head = headTokenOf(tree, trigger);
  if (head < 0) return null;
  for (let i = firstTokenIn(tree, trigger, head); i < tree.tokens.length && tree.tokens[i].end <= trigger.end; i++) {
    const clause = misreadClauseOf(tree, i);
    if (clause) return { verb: i, subject: clause.subject };
  }
  return null;
}

/**
 * "A convoy sent to the area was ambushed" parsed with "sent" the main verb and "was ambushed" its
 * complement: a complement with an auxiliary is a finite clause, and one with no subject of its own is the
 * misread main clause, whose subject the parse gave to the verb it hangs on; -1. Whether it was the one
 * acted on is the caller's to read (`isPassive`).
 */
export function borrowedSubjectOf(tree: ParseTree, verb: number): { subject: number; isPassive: boolean } | null {
  if (relationOf(tree, verb) !== "ccomp") return null;
  const relations = childrenOf(tree, verb).map((c) => relationOf(tree, c));
  if (relations.some((r) => /^(?:nsubj|csubj|expl)/.test(r)) || !relations.some((r) => r.startsWith("aux")))
    return null;
  const subject = childrenOf(tree, headOf(tree, verb)).find((c) => relationOf(tree, c) === "nsubj");
  return subject === undefined ? null : { subject, isPassive: relations.includes("aux:pass") };
}
