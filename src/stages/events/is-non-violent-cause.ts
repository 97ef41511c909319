// "An outbreak of cholera has killed five people", "a bus fell into a ravine, killing 19", "eleven were killed
// when lightning struck the crowd": a death whose cause is an illness, a hazard, an accident, an animal or a
// thing is no act of violence. The cause is read from the parse: the agent of the killing verb (its subject,
// "by X" in a passive), the subject of the clause a participle hangs on ("a bus fell ..., killing"), or, in an
// agentless passive, the subject of its "when" clause, or the noun a participle modifies ("a rampaging bull"). What kind of thing it is comes from WordNet's usual
// sense of the noun (lexicon/events/non-violent-causes.tsv: no person, group or weapon sense), not from a
// list of words seen in reports. A sentence that names a weapon keeps its event ("their car hit a
// landmine") unless the event is an arson, which needs an arsonist (isDestruction), and so does a cause owned by a country or group ("Israeli jets", "army helicopters").
import { type Doc, type Span, spansOf } from "../../doc.js";
import { overlapsAny } from "../../text/span-overlap.js";
import { actorKindOf } from "./actor-nouns.js";
import type { EventLexicons } from "./event-lexicons.js";
import type { TriggerMention } from "./find-triggers.js";
import { childrenOf, childrenWith, headOf, type ParseTree, relationOf, uposOf, wordOf } from "./parse-tree.js";
import { readPredicate } from "./read-predicate.js";

const DESTRUCTION = "Looting/property destruction";
// The prepositions trigger patterns end with ("set fire to", "took control of", "opened fire on").
const TRAILING_PREPOSITION = /^(?:to|of|over|on)$/i;
// Clauses that tell when or how the death came: "killed when the truck overturned".
const WHEN_MARKS = new Set(["when", "after", "as"]);
// Adverbial clauses climbed to find a participle's subject: the parse nests a modifier clause or two between.
const MAX_CLAUSE_HOPS = 3;

export function isNonViolentCause(
  doc: Doc,
  tree: ParseTree,
  mention: TriggerMention,
  triggers: readonly TriggerMention[],
  lexicons: EventLexicons,
): boolean {
  const sentence = spansOf(doc, "sentences")[mention.sentence];
  const inSentence = (s: { start: number; end: number }) => s.start >= sentence.start && s.end <= sentence.end;
  if (!isDestruction(mention) && spansOf(doc, "weapons").some(inSentence)) return false;
  const span = withoutTrailingPreposition(doc, mention.span);
  const misread = misreadVerbIn(tree, span);
  if (misread >= 0) return isThingCause(doc, tree, misread - 1, triggers, lexicons);
  const predicate = readPredicate(tree, span);
  if (!predicate || uposOf(tree, predicate.token) !== "VERB") return false;
  const cause = findCause(tree, predicate.token, predicate.anchors, sentence);
  return cause >= 0 && isThingCause(doc, tree, cause, triggers, lexicons);
}

/**
 * "Debris from a downed drone set fire to a warehouse": ACLED's property destruction is an act of people, so
 * a thing that set the fire is no arsonist even when the sentence names a weapon (a weapon as the cause is
 * no thing: isThingCause keeps "a shell set fire to the house").
 */
function isDestruction(mention: TriggerMention): boolean {
  return mention.subEventType === DESTRUCTION;
}

/**
 * "set fire to": the parse hangs a trigger's last preposition on the phrase after it, so the span's head
 * would be read as "to"; the predicate is the verb before it.
 */
function withoutTrailingPreposition(doc: Doc, span: Span): Span {
  // Split into words rather than one regex anchored at the end, which backtracks on long runs of spaces.
  const text = doc.text.slice(span.start, span.end);
  const words = text.split(/\s+/);
  const last = words[words.length - 1];
  if (words.length < 2 || !TRAILING_PREPOSITION.test(last)) return span;
  return { ...span, end: span.start + text.slice(0, text.length - last.length).trimEnd().length };
}

/**
 * "A storm destroyed homes", "the storm destroyed dozens of houses": the parser may read the verb as a
 * participle modifying its object (homes that were destroyed) or the noun before it (a storm that was
 * destroyed). A trigger that runs on past its verb holds the verb's object, so the verb is active and the
 * noun right before it is its subject. The verb's index, or -1 when the parse is not of that shape.
 */
function misreadVerbIn(tree: ParseTree, span: Span): number {
  const inSpan = tree.tokens.flatMap((t, i) => (t.start >= span.start && t.end <= span.end ? [i] : []));
  const verb = inSpan[0] ?? -1;
  if (verb <= 0 || inSpan.length < 2 || uposOf(tree, verb) !== "VERB" || uposOf(tree, verb - 1) !== "NOUN") return -1;
  const relation = relationOf(tree, verb);
  const isObjectModifier = relation === "amod" && headOf(tree, verb) > verb;
  const isSubjectModifier = relation === "acl" && headOf(tree, verb) === verb - 1;
  return isObjectModifier || isSubjectModifier ? verb : -1;
}

function findCause(tree: ParseTree, verb: number, anchors: ReadonlyMap<number, string>, sentence: Span): number {
  const agent = [...anchors].find(([, role]) => role === "agent")?.[0];
  if (agent !== undefined) return agent;
  if (verb > 0 && misreadSubjectOf(tree, verb - 1) === verb - 1) return verb - 1;
  const relation = relationOf(tree, verb).split(":")[0];
  // "a rampaging elephant": a participle that modifies a noun tells what that noun did.
  if (relation === "amod" && headOf(tree, verb) > verb) return headOf(tree, verb);
  // "a bus fell into the river, killing 19": the participle's subject is its head clause's.
  if (relation === "advcl" || relation === "xcomp") return subjectUpClauses(tree, headOf(tree, verb));
  const isPassive = childrenOf(tree, verb).some((c) => /^(?:nsubj:pass|aux:pass)$/.test(relationOf(tree, c)));
  if (!isPassive) return -1;
  // "Ten were killed and 30 injured when the bus overturned": the when-clause of the pair may hang on either.
  // Failing that, a when-clause anywhere in the sentence: the parse may hang it on "police said".
  const isWhen = (c: number) => childrenWith(tree, c, ["mark", "advmod"]).some((m) => WHEN_MARKS.has(wordOf(tree, m)));
  const when =
    [verb, ...childrenWith(tree, verb, ["conj"])].flatMap((v) => childrenWith(tree, v, ["advcl"])).find(isWhen) ??
    tokensWithin(tree, sentence).find((c) => relationOf(tree, c) === "advcl" && isWhen(c));
  if (when === undefined) return -1;
  return childrenWith(tree, when, ["nsubj"])[0] ?? misreadSubjectOf(tree, when);
}

/**
 * "when lightning struck the crowd": the tagger may read a subject noun ending in -ing as the clause's verb and
 * hang it on the verb right after it. Such a subjectless clause head is that verb's subject; isThingCause still
 * asks the noun lexicon what it is.
 */
function misreadSubjectOf(tree: ParseTree, clause: number): number {
  const next = clause + 1;
  const isHungOnNext = headOf(tree, clause) === next && uposOf(tree, next) === "VERB";
  return isHungOnNext && uposOf(tree, clause) === "VERB" && /ing$/.test(wordOf(tree, clause)) ? clause : -1;
}

/**
 * The subject of the clause a participle hangs on, climbing through subjectless adverbial clauses ("a bus fell
 * from the road in the hill-ruled district, killing 19": the parse may hang "killing" on "ruled").
 */
function subjectUpClauses(tree: ParseTree, clause: number): number {
  for (let hops = 0, at = clause; at >= 0 && hops < MAX_CLAUSE_HOPS; hops++, at = headOf(tree, at)) {
    const subject = childrenWith(tree, at, ["nsubj"])[0];
    if (subject !== undefined) return subject;
    if (!/^(?:advcl|xcomp|parataxis)$/.test(relationOf(tree, at).split(":")[0])) return -1;
  }
  return -1;
}

/** The tokens within the span of the verb's sentence. */
function tokensWithin(tree: ParseTree, sentence: Span): number[] {
  const inside: number[] = [];
  tree.tokens.forEach((t, i) => {
    if (t.start >= sentence.start && t.end <= sentence.end) inside.push(i);
  });
  return inside;
}

function isThingCause(
  doc: Doc,
  tree: ParseTree,
  token: number,
  triggers: readonly TriggerMention[],
  lexicons: EventLexicons,
): boolean {
  // "Viral meningitis" may come out as a name: one the NER does not tag is read by its last word.
  if (!/^(?:NOUN|PROPN)$/.test(uposOf(tree, token)) && misreadSubjectOf(tree, token) !== token) return false;
  const span = tree.tokens[token];
  if (overlapsAny(spansOf(doc, "entities"), span) || overlapsAny(spansOf(doc, "weapons"), span)) return false;
  if (triggers.some((t) => t.span.start < span.end && span.start < t.span.end)) return false;
  if (actorKindOf(tree, token, lexicons.actorNouns)) return false;
  const last =
    childrenWith(tree, token, ["flat", "compound"])
      .filter((c) => c > token)
      .pop() ?? token;
  const kind = causeKindOf(wordOf(tree, last), lexicons.nonViolentCauses);
  if (!kind) return false;
  // "Israeli jets", "the army's helicopters": a machine someone owns is their force.
  return kind !== "artifact" || !hasOwner(doc, tree, token);
}

/** The WordNet class of the noun or of its singular ("trucks", "buses", "epidemics", "bacilli" aside). */
function causeKindOf(word: string, causes: ReadonlyMap<string, string>): string | undefined {
  const singulars = [word, word.replace(/ies$/, "y"), word.replace(/es$/, ""), word.replace(/s$/, "")];
  return singulars.map((w) => causes.get(w)).find((kind) => kind !== undefined);
}

function hasOwner(doc: Doc, tree: ParseTree, token: number): boolean {
  const owners = childrenWith(tree, token, ["nmod:poss", "amod", "compound", "nmod"]).map((c) => tree.tokens[c]);
  const named = [...spansOf(doc, "entities"), ...spansOf(doc, "places")];
  return owners.some((o) => overlapsAny(named, o));
}
