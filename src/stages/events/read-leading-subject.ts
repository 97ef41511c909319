// The subject of a clause read off its words when the parse gives the verb none. A parser trained on plain
// sentences misreads a clause that opens with a wire dateline ("NIAMEY, May 2 (Wire) - Gunmen on
// motorbikes killed ...") or with a participle it takes for the main verb ("Suspected jihadists killed",
// "Armed men stormed"), and the verb is left with no subject. Repairing the tags or reparsing one part
// breaks other sentences; the order of the words does not depend on the parse: a clause whose words
// before its verb are one noun phrase (with its prepositional or participle modifiers) has that phrase as
// its subject, and the phrase's head is its last noun before any modifier.
import { spansOf } from "../../doc.js";
import { childrenOf, isNominal, type ParseTree, relationOf, uposOf, wordOf } from "./parse-tree.js";

// The dash that ends a wire dateline ("BAMAKO, March 5 (Reuters) - "): the clause starts after it.
const DATELINE_DASH = new Set(["-", "–", "—", "--"]);
// Words of a noun phrase before its head ("the two Kenyan riot police").
const PREMODIFIER = /^(?:DET|NUM|ADJ|NOUN|PROPN)$/;
// A participle the tagger calls a verb before a noun: "Suspected" of "Suspected jihadists".
const PARTICIPLE = /(?:ed|en)$/;

/**
 * The head noun of the noun phrase that fills every word between the clause's start and `verb`, when the
 * verb is active; -1 when the words before the verb are anything else.
 */
export function leadingSubjectOf(tree: ParseTree, verb: number): number {
  if (verb < 0 || uposOf(tree, verb) !== "VERB" || !isActive(tree, verb)) return -1;
  const start = clauseStartOf(tree, verb);
  const phrase = readNounPhrase(tree, start, verb);
  if (!phrase) return -1;
  let at = phrase.end;
  while (at < verb) {
    const modifier = readModifier(tree, at, verb);
    if (modifier < 0) return -1;
    at = modifier;
  }
  return phrase.head;
}

/**
 * A verb with an object, or a noun phrase right after it that the parse hung elsewhere ("killed nine
 * villagers, the mayor said" with the villagers a subject of "said"): "five soldiers killed in the ambush" is
 * a reduced passive, with a preposition after it. A date after it ("killed Friday") is no object.
 */
function isActive(tree: ParseTree, verb: number): boolean {
  if (childrenOf(tree, verb).some((c) => relationOf(tree, c) === "obj")) return true;
  const next = verb + 1;
  if (next >= tree.tokens.length || !PREMODIFIER.test(uposOf(tree, next))) return false;
  const { start, end } = tree.tokens[next];
  return !spansOf(tree.doc, "dates").some((d) => d.start <= start && end <= d.end);
}

/** The first token of the verb's sentence, or the one after a dateline's dash before the verb. */
function clauseStartOf(tree: ParseTree, verb: number): number {
  const verbStart = tree.tokens[verb].start;
  const sentence = spansOf(tree.doc, "sentences").find((s) => s.start <= verbStart && verbStart < s.end);
  const from = sentence?.start ?? verbStart;
  let start = verb;
  while (start > 0 && tree.tokens[start - 1].start >= from) start--;
  for (let i = verb - 1; i >= start; i--) if (DATELINE_DASH.has(wordOf(tree, i))) return i + 1;
  return start;
}

/**
 * "Suspected jihadists", "Kenyan police", "the two gunmen": words a noun phrase opens with, its head the
 * last noun of them; a participle only first and before another word of the phrase. Null when no noun.
 */
function readNounPhrase(tree: ParseTree, start: number, limit: number): { head: number; end: number } | null {
  let at = start;
  if (at + 1 < limit && isParticiple(tree, at) && PREMODIFIER.test(uposOf(tree, at + 1))) at++;
  let head = -1;
  while (at < limit && PREMODIFIER.test(uposOf(tree, at))) {
    if (isNominal(tree, at)) head = at;
    at++;
  }
  return head >= 0 && head === at - 1 ? { head, end: at } : null;
}

/**
 * What may follow a subject's head before its verb: a prepositional phrase ("on motorbikes"), a verb with
 * one ("sent to the area on Monday": two verbs with no conjunction between them are a participle and its
 * clause's verb, whatever the participle's ending), an adverb right before the verb ("reportedly"). The
 * preposition must mark a noun (`case`): "after" of "fled after gunmen killed" marks a clause. The token
 * after the modifier, or -1.
 */
function readModifier(tree: ParseTree, at: number, verb: number): number {
  const upos = uposOf(tree, at);
  if (upos === "ADV" && at + 1 === verb) return verb;
  const afterParticiple = upos === "VERB" ? at + 1 : at;
  if (uposOf(tree, afterParticiple) !== "ADP" || relationOf(tree, afterParticiple) !== "case") return -1;
  return readNounPhrase(tree, afterParticiple + 1, verb)?.end ?? -1;
}

function isParticiple(tree: ParseTree, i: number): boolean {
  return uposOf(tree, i) === "VERB" && PARTICIPLE.test(wordOf(tree, i));
}
