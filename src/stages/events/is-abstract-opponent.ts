// "agreed to cooperate in fighting organised crime", "a decree on fighting corruption", "the job he has done
// fighting inflation": an armed clash is fought against a party (an armed group, a force, people, a place
// held). A fight whose opponent, read from the parse (the object of the verb, or its "against" phrase), is a
// common noun that names no party (no entity or place, no actor noun of lexicon/actors, no people noun, none
// of lexicon/events/political-cues.txt: "insurgency" and "rebels" stay) is a campaign against a thing or an
// ill, a figure of speech. A fight with no stated opponent is left to the other filters.
import { type Doc, spansOf } from "../../doc.js";
import { overlapsAny } from "../../text/span-overlap.js";
import { actorKindOf } from "./actor-nouns.js";
import type { EventLexicons } from "./event-lexicons.js";
import type { TriggerMention } from "./find-triggers.js";
import { caseOf, childrenWith, headTokenOf, type ParseTree, uposOf, wordOf } from "./parse-tree.js";

// "protesters", "villagers", "gunmen": nouns of people by their role (suffix, as is-off-register.ts reads them).
const PEOPLE_NOUN = /(?:ers|ors|ists|ants|ents|men|people|ians|ans)$/;

export function isAbstractOpponent(
  doc: Doc,
  tree: ParseTree,
  mention: TriggerMention,
  lexicons: EventLexicons,
): boolean {
  if (mention.subEventType !== "Armed clash") return false;
  const verb = headTokenOf(tree, mention.span);
  if (verb < 0) return false;
  const opponents = [
    ...childrenWith(tree, verb, ["obj"]),
    ...childrenWith(tree, verb, ["obl", "nmod"]).filter((t) => caseOf(tree, t)?.toLowerCase() === "against"),
  ];
  const nouns = opponents.filter((t) => uposOf(tree, t) === "NOUN");
  return nouns.length > 0 && nouns.length === opponents.length && !nouns.some((t) => isParty(doc, tree, t, lexicons));
}

function isParty(doc: Doc, tree: ParseTree, token: number, lexicons: EventLexicons): boolean {
  const span = tree.tokens[token];
  if (overlapsAny(spansOf(doc, "entities"), span) || overlapsAny(spansOf(doc, "places"), span)) return true;
  if (actorKindOf(tree, token, lexicons.actorNouns)) return true;
  const word = wordOf(tree, token).toLowerCase();
  if (PEOPLE_NOUN.test(word) || lexicons.civilian.inCount.test(word)) return true;
  return lexicons.quiet.politicalCues.some((cue) => cue.test(word));
}
