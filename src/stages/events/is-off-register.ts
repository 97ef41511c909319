// "The striker fought for every ball", "Rovers regained their place at the top", "sales fell to a record
// low": in a report of sport, business or a disaster, the conflict words are metaphors. Two
// things decide it, neither a list of words: the document has no conflict evidence at all (no weapon, no
// death or injury count, no armed or political actor the lexicon knows), and the predicate (read from the
// parse) has no argument a conflict event has: a place, a country or people, a group of people, a crowd.
// A real protest in such a report still names its crowd or its place ("thousands rallied in the capital").
import { type Doc, spansOf } from "../../doc.js";
import { loadPatternLines } from "../../lexicon.js";
import { overlapsAny } from "../../text/span-overlap.js";
import type { EventLexicons } from "./event-lexicons.js";
import type { TriggerMention } from "./find-triggers.js";
import { readMentionIrrealis } from "./is-irrealis.js";
import { childrenOf, type ParseTree, relationOf, uposOf, wordOf } from "./parse-tree.js";
import { type Predicate, readPredicate } from "./read-predicate.js";
import type { EventsSettings } from "./settings.js";

const CASUALTIES = new Set(["KILLED", "INJURED"]);
// Entity labels that name where or who a conflict event can be about.
const PLACE_OR_PEOPLE = new Set(["LOC", "COUNTRY", "NORP", "ACTOR", "GPE"]);
const ABOUT_PERSONS = new Set(["Protests", "Riots", "Violence against civilians"]);
// "protesters", "supporters", "demonstrators", "gunmen": nouns of people by their role (suffix, not list).
const PEOPLE_NOUN = /(?:ers|ors|ists|ants|ents|men|people|crowds?)$/;
// "thousands rallied", "hundreds of workers": a count standing for a crowd.
const CROWD_NUMBER = /^(?:dozens|hundreds|thousands|tens|scores|millions)$/;
const MATCH_RESULT = loadPatternLines("events/match-result-cues.txt");

/**
 * Whether the report names any weapon, casualty count or armed/political actor. A snippet of a few
 * sentences shows no register: absence of evidence means something only in a whole report, unless the
 * snippet states a match result ("beat City 3-2"), a positive sign of sport.
 */
export function hasConflictEvidence(doc: Doc, settings: EventsSettings, isMatchReport: boolean): boolean {
  if (spansOf(doc, "weapons").length > 0) return true;
  if (spansOf(doc, "numbers").some((n) => CASUALTIES.has(n.label))) return true;
  // A match report's actor names are often its teams and leagues (the minor league "Triple-A" shares a death
  // squad's name): there only a weapon or a casualty count is conflict evidence.
  if (!isMatchReport && spansOf(doc, "entities").some((e) => e.label === "ACTOR")) return true;
  return spansOf(doc, "sentences").length < settings.registerMinSentences && !isMatchReport;
}

/** "beat City 3-2", "a 2-0 win": a score beside a word of the result (lexicon/events/match-result-cues.txt). */
export function statesMatchResult(doc: Doc): boolean {
  return spansOf(doc, "sentences").some((s) => {
    const text = doc.text.slice(s.start, s.end);
    return MATCH_RESULT.some((cue) => cue.test(text));
  });
}

/**
 * "closed 3 percent higher", "shares fell 12 points": a stated market move (lexicon/events/market-result-cues.txt)
 * marks a business report as a match result marks sport; the events stage reads either as a result register.
 */
export function statesMarketResult(doc: Doc, cues: readonly RegExp[]): boolean {
  return spansOf(doc, "sentences").some((s) => {
    const text = doc.text.slice(s.start, s.end);
    return cues.some((cue) => cue.test(text));
  });
}

export function isOffRegister(
  doc: Doc,
  tree: ParseTree,
  mention: TriggerMention,
  lexicons: EventLexicons,
  hasEvidence: boolean,
  isMatchReport: boolean,
): boolean {
  if (hasEvidence) return false;
  // "battling to reach the villages", "fighting to keep the title": an effort, in a report with no conflict.
  // In a conflict report ("rebels fighting to overthrow") it is the group's campaign beside its incidents, and
  // dropping it there split their records (event-records tune duplicates 0.010 -> 0.015).
  if (readMentionIrrealis(tree, mention) === "striving") return true;
  // A report that states a match result and names no weapon, casualty or armed actor anywhere is a sports
  // report: its "rallied", "shot" and "clash" are the game's, whatever their arguments (team names are
  // places and organisations, so only a crowd of people tells a fans' riot: "hundreds of supporters clashed".
  const predicate = readPredicate(tree, mention.span);
  if (isMatchReport)
    return (
      !predicate ||
      !argumentsOf(tree, predicate).some((t) => isPeopleArgument(tree, t, lexicons) && !isTeamName(tree, t))
    );
  if (!predicate || uposOf(tree, predicate.token) !== "VERB") return false;
  return !hasConflictArgument(doc, tree, mention, predicate, lexicons);
}

/** Whether the predicate names a place, a country, people or a crowd: what a conflict event is about. */
export function hasConflictArgument(
  doc: Doc,
  tree: ParseTree,
  mention: TriggerMention,
  predicate: Predicate,
  lexicons: EventLexicons,
): boolean {
  // Arguments the predicate reader found (whatever their relation: "thousands ... rallied" may come out
  // as a clause on its subject), then the verb's own dependents.
  const anchors = [...predicate.anchors.keys()];
  const candidates = argumentsOf(tree, predicate);
  // A protest or an attack on a person is about whoever it names ("he is protesting", "the girl who was
  // raped"); a battle, a bombing or a deal needs a place or a group.
  if (ABOUT_PERSONS.has(mention.eventType) && anchors.some((t) => isPersonArgument(tree, t))) return true;
  return candidates.some((token) => isConflictArgument(doc, tree, token, lexicons));
}

/** Whether the trigger's predicate names people or a crowd ("thousands rallied", "a rally of supporters"). */
export function namesCrowd(tree: ParseTree, mention: TriggerMention, lexicons: EventLexicons): boolean {
  const predicate = readPredicate(tree, mention.span);
  return !!predicate && argumentsOf(tree, predicate).some((t) => isPeopleArgument(tree, t, lexicons));
}

/** The arguments the predicate reader found, then the verb's own dependents. */
function argumentsOf(tree: ParseTree, predicate: Predicate): number[] {
  const own = childrenOf(tree, predicate.token).filter((c) => hasArgumentRelation(tree, c));
  return [...predicate.anchors.keys(), ...own];
}

function isPersonArgument(tree: ParseTree, token: number): boolean {
  return /^(?:PRON|PROPN|NOUN)$/.test(uposOf(tree, token));
}

function hasArgumentRelation(tree: ParseTree, token: number): boolean {
  return /^(?:nsubj|obj|iobj|obl|nmod|amod|compound)$/.test(relationOf(tree, token).split(":")[0]);
}

function isConflictArgument(doc: Doc, tree: ParseTree, token: number, lexicons: EventLexicons): boolean {
  const relation = relationOf(tree, token).split(":")[0];
  const span = tree.tokens[token];
  const entities = spansOf(doc, "entities").filter((e) => PLACE_OR_PEOPLE.has(e.label));
  if (overlapsAny(entities, span) || overlapsAny(spansOf(doc, "places"), span)) return true;
  // "Fans skirmish", "villagers fled": a plural subject is a group acting.
  if (relation === "nsubj" && uposOf(tree, token) === "NOUN" && /[^s]s$/.test(wordOf(tree, token))) return true;
  return isPeopleArgument(tree, token, lexicons);
}

/**
 * "rallied the Brewers to a win", "the Rangers clashed with the Rovers": in a match report a capitalised
 * plural inside a sentence is a team's name, not a crowd; a crowd is named in lower case ("fans", "supporters").
 */
function isTeamName(tree: ParseTree, token: number): boolean {
  const { start, end } = tree.tokens[token];
  const [first, second] = tree.doc.text.slice(start, end);
  const isCapitalised = first !== first.toLowerCase() && second !== undefined && second === second.toLowerCase();
  const opensSentence = spansOf(tree.doc, "sentences").some(
    (s) => s.start <= start && tree.doc.text.slice(s.start, start).trim() === "",
  );
  return isCapitalised && !opensSentence;
}

/** "protesters", "hundreds of supporters", "villagers": people or a crowd, not a name. */
function isPeopleArgument(tree: ParseTree, token: number, lexicons: EventLexicons): boolean {
  const word = wordOf(tree, token);
  if (uposOf(tree, token) === "NOUN" && (PEOPLE_NOUN.test(word) || CROWD_NUMBER.test(word))) return true;
  return lexicons.civilian.inCount.test(word);
}

/** hasConflictArgument for any trigger, a noun as well as a verb; false where its sentence was not parsed. */
export function hasPredicateArgument(
  doc: Doc,
  tree: ParseTree,
  mention: TriggerMention,
  lexicons: EventLexicons,
): boolean {
  const predicate = readPredicate(tree, mention.span);
  return !!predicate && hasConflictArgument(doc, tree, mention, predicate, lexicons);
}
