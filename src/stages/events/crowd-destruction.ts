// "Hundreds of residents set fire to a police post", "a mob torched the chief's house": property destroyed
// by a crowd is a riot in ACLED's terms (Codebook 2023, "Violent demonstration": demonstrators' destructive
// acts, vandalism, burning), not "Looting/property destruction", which is left for armed actors and
// unnamed hands. The crowd is the subject of the destroying verb: a noun of the civilians', protesters' or
// rioters' kind, or one counted by them ("hundreds of residents", "a crowd of villagers"). Civilians never
// act in ACLED's sense, so as the agent of a riot they are its rioters (follow-protest-convention.ts).
import type { Span } from "../../doc.js";
import type { ActorNouns } from "./actor-nouns.js";
import type { TriggerMention } from "./find-triggers.js";
import { caseOf, childrenOf, headOf, type ParseTree, relationOf, uposOf, wordOf } from "./parse-tree.js";

const PROPERTY_DESTRUCTION = "Looting/property destruction";
const CROWD_KINDS = new Set(["civilians", "protesters", "rioters"]);

/**
 * The mention typed as a violent demonstration when a crowd destroyed the property, or when its sentence tells
 * of a riot and the destroying verb names no subject of its own: "youths rioted and torched several vehicles"
 * is one riot (ACLED codes the rioters' burning within the riot), not a riot and a separate property
 * destruction. A subject of another kind ("gunmen torched homes as youths rioted") keeps its own event.
 */
export function typeCrowdDestruction(
  tree: ParseTree,
  mention: TriggerMention,
  nouns: ActorNouns,
  riotSentences: ReadonlySet<number>,
): TriggerMention {
  if (mention.subEventType !== PROPERTY_DESTRUCTION) return mention;
  const isRiotAct = riotSentences.has(mention.sentence) && hasNoSubject(tree, mention.span);
  if (!isRiotAct && !findCrowdSubject(tree, mention.span, nouns)) return mention;
  const typed = { eventType: "Riots", subEventType: "Violent demonstration", disorderType: "Demonstrations" };
  return { ...mention, ...typed, span: { ...mention.span, data: { ...mention.span.data, ...typed } } };
}

/** The crowd noun that did what the trigger's verb says, as its span; undefined when the subject is none. */
export function findCrowdSubject(tree: ParseTree, trigger: Span, nouns: ActorNouns): Span | undefined {
  const verb = firstVerbIn(tree, trigger);
  if (verb < 0) return undefined;
  const crowd = subjectsOf(tree, verb)
    .map((s) => crowdHead(tree, s, nouns))
    .find((c) => c >= 0);
  if (crowd === undefined) return undefined;
  const { start, end } = tree.tokens[crowd];
  return { start, end, label: "ACTOR", by: "events/crowd-subject" };
}

/** True when the trigger's verb has no subject in the parse (a conjunct or clause sharing the riot's). */
function hasNoSubject(tree: ParseTree, trigger: Span): boolean {
  const verb = firstVerbIn(tree, trigger);
  return verb >= 0 && subjectsOf(tree, verb).length === 0;
}

/** "set" of "set fire to": the trigger's first verb token, or -1. */
function firstVerbIn(tree: ParseTree, span: Span): number {
  return tree.tokens.findIndex((t, i) => t.start >= span.start && t.end <= span.end && uposOf(tree, i) === "VERB");
}

/**
 * Its nsubj, nearest first (a dateline's town read as a second subject stands further off); for a participle
 * hung on a noun ("hundreds of residents set fire"), that noun unless "by" names another agent ("a post set on
 * fire by residents").
 */
function subjectsOf(tree: ParseTree, verb: number): number[] {
  const children = childrenOf(tree, verb);
  const subjects = children.filter((c) => relationOf(tree, c) === "nsubj").reverse();
  if (subjects.length > 0) return subjects;
  const byAgent = children.find((c) => relationOf(tree, c).startsWith("obl") && caseOf(tree, c) === "by");
  if (byAgent !== undefined) return [byAgent];
  return relationOf(tree, verb) === "acl" ? [headOf(tree, verb)] : [];
}

/** The noun itself, or the counted noun of "hundreds of residents" / "a crowd of villagers"; -1 when none. */
function crowdHead(tree: ParseTree, token: number, nouns: ActorNouns): number {
  const isCrowd = (i: number) => CROWD_KINDS.has(nouns.kinds.get(wordOf(tree, i)) ?? "");
  if (isCrowd(token)) return token;
  return childrenOf(tree, token).find((c) => relationOf(tree, c) === "nmod" && isCrowd(c)) ?? -1;
}
