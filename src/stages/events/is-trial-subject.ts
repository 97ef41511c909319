// "A court sentenced three men to life for the 2019 bombing of a bus station", "two men were sentenced to death
// for killing 23 passengers in an ambush", "found guilty of the attack": an attack named as what a court
// sentences, convicts or acquits for is the subject of a trial. ACLED coded it from the reports of its own
// days; the verdict is not a new attack. The trigger is reached from a verdict verb
// (lexicon/events/verdict-verbs.txt) through a "for", "of" or "over" phrase or clause, within a few hops and
// without crossing into a clause of its own ("the judge said the men planted the device" keeps its verb).
// A charge, an indictment or an arrest (charge-verbs.txt) often follows its attack within days, so its ground
// is old only when the sentence states a year before the report's ("indicted for the killing of twelve
// farmers in 2014"). What an anniversary or memorial is of (commemoration-nouns.txt) is history too, even
// told in a relative clause ("the anniversary of the massacre, in which soldiers killed 40 villagers").
// What a witness tells a court ("told the court that the men attacked him", "testified that ...") is the
// trial's subject too, whatever day the testimony was given (lexicon/events/testimony-cues.txt).
import { spansOf } from "../../doc.js";
import type { TriggerMention } from "./find-triggers.js";
import { caseOf, childrenOf, headOf, headTokenOf, type ParseTree, relationOf, wordOf } from "./parse-tree.js";
import type { QuietLexicons } from "./quiet-lexicons.js";

// "for the bombing", "guilty of the attack", "jailed over the riots", "charged with killing".
const GROUNDS = new Set(["for", "of", "over", "with"]);
// "for killing 23 passengers in an ambush": the trigger, its noun phrase, the verb of the ground, the verdict.
const MAX_HOPS = 4;
// A clause of its own keeps its own tense: "said the men planted the device".
const OWN_CLAUSE = /^(?:ccomp|parataxis|root|csubj)/;

/** `statesEarlierYear`: whether the mention's sentence states a date in a year before the report's. */
export function isTrialSubject(
  tree: ParseTree,
  mention: TriggerMention,
  lexicons: QuietLexicons,
  statesEarlierYear: () => boolean = () => false,
): boolean {
  if (lexicons.commemoratedRelative.test(sentenceBefore(tree, mention))) return true;
  if (isTestimony(tree, headTokenOf(tree, mention.span), lexicons.testimonyCues)) return true;
  let token = headTokenOf(tree, mention.span);
  let hasGround = false;
  for (let hops = 0; token >= 0 && hops < MAX_HOPS; hops++) {
    if (OWN_CLAUSE.test(relationOf(tree, token))) return false;
    hasGround ||= GROUNDS.has(caseOf(tree, token) ?? markOf(tree, token) ?? "");
    const head = headOf(tree, token);
    if (head < 0) return false;
    if (hasGround && isOldGround(wordOf(tree, head), lexicons, statesEarlierYear)) return true;
    token = head;
  }
  return false;
}

/**
 * The trigger's clause, climbed through conjuncts and open complements, is the reported clause (ccomp) of a
 * speech verb that is testifying or is addressed to or set in a court ("told the court", "said in court").
 */
function isTestimony(tree: ParseTree, token: number, cues: RegExp): boolean {
  let clause = token;
  for (let hops = 0; clause >= 0 && hops < MAX_HOPS; hops++) {
    if (relationOf(tree, clause).startsWith("ccomp")) return isTestifyingVerb(tree, headOf(tree, clause), cues);
    // "told the court on Tuesday that ...": the parse may hang the that-clause on the court it was told.
    if (relationOf(tree, clause) === "acl" && markOf(tree, clause) === "that")
      return cues.test(wordOf(tree, headOf(tree, clause)));
    if (!/^(?:conj|xcomp|obj|nsubj|nsubj:pass|obl|nmod)/.test(relationOf(tree, clause))) return false;
    clause = headOf(tree, clause);
  }
  return false;
}

function isTestifyingVerb(tree: ParseTree, verb: number, cues: RegExp): boolean {
  if (verb < 0) return false;
  if (cues.test(wordOf(tree, verb))) return true;
  // "told the court", "told jurors", "said in court": the addressee or the setting, not "outside the court".
  return childrenOf(tree, verb).some((c) => {
    const relation = relationOf(tree, c).split(":")[0];
    const isAddressee = relation === "obj" || relation === "iobj";
    const isSetting = relation === "obl" && /^(?:in|before|to)$/.test(caseOf(tree, c) ?? "");
    return (isAddressee || isSetting) && cues.test(wordOf(tree, c));
  });
}

function isOldGround(word: string, lexicons: QuietLexicons, statesEarlierYear: () => boolean): boolean {
  if (lexicons.verdictVerbs.test(word) || lexicons.commemorationNouns.test(word)) return true;
  return lexicons.chargeVerbs.test(word) && statesEarlierYear();
}

/** The mention's sentence up to the trigger. */
function sentenceBefore(tree: ParseTree, mention: TriggerMention): string {
  const sentence = spansOf(tree.doc, "sentences")[mention.sentence];
  return tree.doc.text.slice(sentence.start, mention.span.start);
}

/** The word of a clause's subordinating mark ("for killing"), or null. */
function markOf(tree: ParseTree, token: number): string | null {
  const mark = childrenOf(tree, token).find((c) => relationOf(tree, c) === "mark");
  return mark === undefined ? null : wordOf(tree, mark);
}
