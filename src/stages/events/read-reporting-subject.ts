// The subject of the verb of saying a trigger's clause is reported under. "The army said militants
// attacked the base": the army only reports; it is no actor of the attack, although it comes before the
// trigger as a subject would. "Al-Shabaab said its fighters had killed 20 soldiers": an agent owned by
// "its" or "their" is the speaker's own force, so there the speaker is actor 1.
import { childrenWith, headOf, headTokenOf, type ParseTree, relationOf, wordOf } from "./parse-tree.js";
import type { Predicate } from "./read-predicate.js";
import { SPEECH } from "./speech-verbs.js";

const OWNING_PRONOUNS = new Set(["its", "their", "our"]);
// "The group said it carried out the attack": the pronoun subject of the reported clause is the speaker.
const SPEAKER_PRONOUNS = new Set(["it", "they", "we"]);
/** Reported clauses sit a few levels under the verb of saying at most ("said that ... had ..."). */
const MAX_CLAUSE_HOPS = 5;
// "The Kenya Red Cross said", "Turkey's defence ministry said", "the army and police said": a name inside
// the speaker's phrase (a modifier, a possessor, a conjunct, an apposition) speaks with it.
const PHRASE_RELATIONS = /^(?:compound|flat|amod|nmod:poss|appos|conj)(?::|$)/;
/** A noun phrase's words hang a few levels under its head at most. */
const MAX_PHRASE_HOPS = 4;

export type ReportingRole = "speaker" | "speaker-owns-agent";

/** The span's part as the one who reports the predicate's clause, or null when it is not its reporter. */
export function readReportingSubject(
  tree: ParseTree,
  predicate: Predicate,
  span: { start: number; end: number },
): ReportingRole | null {
  const subject = phraseHeadOf(tree, headTokenOf(tree, span));
  if (subject < 0 || !relationOf(tree, subject).startsWith("nsubj")) return null;
  const verb = headOf(tree, subject);
  const clauses = verb >= 0 && SPEECH.test(wordOf(tree, verb)) ? reportedClauses(tree, predicate, verb) : [];
  if (clauses.length === 0) return null;
  // "its fighters had killed seven soldiers in an ambush": the owned agent may be the subject of the verb
  // an event noun hangs under.
  const agents = [
    ...[...predicate.anchors].filter(([, role]) => role === "agent").map(([token]) => token),
    ...clauses.flatMap((c) => childrenWith(tree, c, ["nsubj"])),
  ];
  return agents.some((a) => isOwnedByPronoun(tree, a) || SPEAKER_PRONOUNS.has(wordOf(tree, a)))
    ? "speaker-owns-agent"
    : "speaker";
}

/**
 * The tokens from the predicate up to `verb` (the verb itself excluded), or none when the predicate is
 * not under it: whatever clause of the verb of saying holds the trigger, its subject only reports.
 */
function reportedClauses(tree: ParseTree, predicate: Predicate, verb: number): number[] {
  const path: number[] = [];
  let clause = predicate.governor >= 0 ? predicate.governor : predicate.token;
  for (let hops = 0; clause >= 0 && hops < MAX_CLAUSE_HOPS; hops++) {
    path.push(clause);
    const head = headOf(tree, clause);
    // "said [that] X attacked", or "said in a statement that X attacked" read as a relative clause.
    if (head === verb) return path;
    clause = head;
  }
  return [];
}

/** The head of the noun phrase a token is part of, climbing modifiers and conjuncts. */
function phraseHeadOf(tree: ParseTree, token: number): number {
  for (let hops = 0; token >= 0 && hops < MAX_PHRASE_HOPS && PHRASE_RELATIONS.test(relationOf(tree, token)); hops++)
    token = headOf(tree, token);
  return token;
}

/** "it", "they", or a phrase owned by "its", "their": the speaker's own force as the reported agent. */
export function isSpeakersOwn(tree: ParseTree, token: number): boolean {
  return isOwnedByPronoun(tree, token) || SPEAKER_PRONOUNS.has(wordOf(tree, token));
}

function isOwnedByPronoun(tree: ParseTree, token: number): boolean {
  return childrenWith(tree, token, ["nmod:poss"]).some((c) => OWNING_PRONOUNS.has(wordOf(tree, c)));
}
