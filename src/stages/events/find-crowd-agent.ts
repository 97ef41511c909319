// "Residents of Gao held a sit-in", "hundreds of villagers marched": the agent of a protest that names a crowd
// of civilians is its crowd. The actor readers pass civilians over as agents (in ACLED they do not act: a
// crowd that attacks is coded by the event type), but in a demonstration acting is what the crowd does, and
// the text has named it; follow-protest-convention.ts then calls it "Protesters (<country>)".
import type { Doc, Span } from "../../doc.js";
import type { ActorNouns } from "./actor-nouns.js";
import { childrenWith, type ParseTree, readParseTree, wordOf } from "./parse-tree.js";
import { readPredicate } from "./read-predicate.js";

/** Kinds of noun that name a crowd when they are a protest's agent. */
const CROWD_KINDS = new Set(["civilians", "protesters"]);

/** The first trigger's agent that is a crowd, as its noun's span; undefined when none is. */
export function findCrowdAgent(doc: Doc, triggers: readonly Span[], nouns: ActorNouns): Span | undefined {
  const tree = readParseTree(doc);
  for (const trigger of triggers) {
    const predicate = readPredicate(tree, trigger);
    if (!predicate) continue;
    for (const [token, role] of predicate.anchors) {
      const head = role === "agent" ? crowdHead(tree, token, nouns) : -1;
      if (head < 0) continue;
      const { start, end } = tree.tokens[head];
      return { start, end, label: "ACTOR", by: "events/crowd-agent" };
    }
  }
  return undefined;
}

/** "residents", or the counted noun of "hundreds of residents"; -1 when the phrase names no crowd. */
function crowdHead(tree: ParseTree, token: number, nouns: ActorNouns): number {
  const isCrowd = (i: number) => CROWD_KINDS.has(nouns.kinds.get(wordOf(tree, i).toLowerCase()) ?? "");
  if (isCrowd(token)) return token;
  return childrenWith(tree, token, ["nmod"]).find(isCrowd) ?? -1;
}
