// "An outbreak of cholera has killed five people", "a bus fell into a ravine, killing 19", "eleven were killed
// when lightning struck the crowd": a death whose cause is an illness, a hazard, an accident, an animal or a
// thing is no act of violence. The cause is read from the parse: the agent of the killing verb (its subject,
// "by X" in a passive), the subject of the clause a participle hangs on ("a bus fell ..., killing"), or, in an
// agentless passive, the subject of its "when" clause. What kind of thing it is comes from WordNet's usual
// sense of the noun (lexicon/events/non-violent-causes.tsv: no person, group or weapon sense), not from a
// list of words seen in reports. A sentence that names a weapon keeps its event ("their car hit a
// landmine"), and so does a cause owned by a country or group ("Israeli jets", "army helicopters").
import { type Doc, spansOf } from "../../doc.js";
import { overlapsAny } from "../../text/span-overlap.js";
import { actorKindOf } from "./actor-nouns.js";
import type { EventLexicons } from "./event-lexicons.js";
import type { TriggerMention } from "./find-triggers.js";
import { childrenOf, childrenWith, headOf, type ParseTree, relationOf, uposOf, wordOf } from "./parse-tree.js";
import { readPredicate } from "./read-predicate.js";

// Clauses that tell when or how the death came: "killed when the truck overturned".
const WHEN_MARKS = new Set(["when", "after", "as"]);

export function isNonViolentCause(
  doc: Doc,
  tree: ParseTree,
  mention: TriggerMention,
  triggers: readonly TriggerMention[],
  lexicons: EventLexicons,
): boolean {
  const sentence = spansOf(doc, "sentences")[mention.sentence];
  const inSentence = (s: { start: number; end: number }) => s.start >= sentence.start && s.end <= sentence.end;
  if (spansOf(doc, "weapons").some(inSentence)) return false;
  const predicate = readPredicate(tree, mention.span);
  if (!predicate || uposOf(tree, predicate.token) !== "VERB") return false;
  const cause = findCause(tree, predicate.token, predicate.anchors);
  return cause >= 0 && isThingCause(doc, tree, cause, triggers, lexicons);
}

function findCause(tree: ParseTree, verb: number, anchors: ReadonlyMap<number, string>): number {
  const agent = [...anchors].find(([, role]) => role === "agent")?.[0];
  if (agent !== undefined) return agent;
  const relation = relationOf(tree, verb).split(":")[0];
  // "a bus fell into the river, killing 19": the participle's subject is its head clause's.
  if ((relation === "advcl" || relation === "xcomp") && headOf(tree, verb) >= 0)
    return childrenWith(tree, headOf(tree, verb), ["nsubj"])[0] ?? -1;
  const isPassive = childrenOf(tree, verb).some((c) => /^(?:nsubj:pass|aux:pass)$/.test(relationOf(tree, c)));
  if (!isPassive) return -1;
  const when = childrenWith(tree, verb, ["advcl"]).find((c) =>
    childrenWith(tree, c, ["mark", "advmod"]).some((m) => WHEN_MARKS.has(wordOf(tree, m))),
  );
  return when === undefined ? -1 : (childrenWith(tree, when, ["nsubj"])[0] ?? -1);
}

function isThingCause(
  doc: Doc,
  tree: ParseTree,
  token: number,
  triggers: readonly TriggerMention[],
  lexicons: EventLexicons,
): boolean {
  // "Viral meningitis" may come out as a name: one the NER does not tag is read by its last word.
  if (!/^(?:NOUN|PROPN)$/.test(uposOf(tree, token))) return false;
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
