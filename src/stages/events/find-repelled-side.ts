// "Its troops had repelled an RSF attack on the city's defences, killing scores of rebels": the side that
// repelled an attack is the side attacked. The clause's grammar puts it in the subject of "repelled", not in
// the attack's own arguments, so the actor readers see only the attack's agent and the dead it names. Read
// here: the subject of a repelling verb (lexicon/events/repelling-verbs.txt) whose object is the incident's
// attack, or the noun a trigger of the incident hangs on, is the attack's actor 2.
import type { ActorValue, Doc, Field, Span } from "../../doc.js";
import type { ActorNouns } from "./actor-nouns.js";
import type { TriggerMention } from "./find-triggers.js";
import { type Country, type GenericActorNames, nameGenericActor } from "./name-generic-actor.js";
import { childrenWith, headOf, headTokenOf, type ParseTree, readParseTree, relationOf, wordOf } from "./parse-tree.js";

export type RepelLexicons = {
  repellingVerbs: ReadonlySet<string>;
  actorNouns: ActorNouns;
  genericActors: GenericActorNames;
};

/** Hops from a trigger up to the attack noun the repelling verb takes: "killing" hung on "attack". */
const MAX_HOPS = 2;

export function findRepelledSide(
  doc: Doc,
  mentions: readonly TriggerMention[],
  country: Country | null,
  lexicons: RepelLexicons,
): Field<ActorValue> | null {
  const tree = readParseTree(doc);
  for (const mention of mentions) {
    const subject = repellingSubject(tree, headTokenOf(tree, mention.span), lexicons.repellingVerbs);
    const kind = subject < 0 ? undefined : lexicons.actorNouns.kinds.get(wordOf(tree, subject).toLowerCase());
    if (!kind || kind === "civilians") continue;
    const { start, end } = tree.tokens[subject];
    const span: Span = { start, end, label: "ACTOR", by: "events/repelled-side" };
    return { value: nameGenericActor(lexicons.genericActors, kind, country), evidence: [span], stated: true };
  }
  return null;
}

/**
 * The subject of the repelling verb whose object holds the trigger ("repelled an attack"), or whose outcome
 * the trigger tells ("repelled an attack, killing scores"), or -1.
 */
function repellingSubject(tree: ParseTree, token: number, verbs: ReadonlySet<string>): number {
  for (let hops = 0; token >= 0 && hops <= MAX_HOPS; hops++) {
    const head = headOf(tree, token);
    if (head >= 0 && verbs.has(wordOf(tree, head).toLowerCase()) && isObjectOrOutcome(tree, token, head))
      return childrenWith(tree, head, ["nsubj"])[0] ?? -1;
    token = head;
  }
  return -1;
}

function isObjectOrOutcome(tree: ParseTree, token: number, verb: number): boolean {
  const relation = relationOf(tree, token);
  return relation === "obj" || (relation === "advcl" && childrenWith(tree, verb, ["obj"]).length > 0);
}
