// Mentions -> incidents. A report names its main incident first and comes back to it ("the airstrikes",
// "this month's airstrike"); earlier incidents come with their own dates ("In February", "a June 9 attack").
// So: a dated mention joins an incident of the same sub-type whose dates overlap (the lead first), or
// starts a new one; an undated mention joins the lead incident of its sub-type, or starts it. An undated
// incident takes the first date of the next few sentences that name no other event ("... the action,
// which occurred around 6 p.m. Eastern time Sunday").

import { type Doc, type LayerSpan, type Span, spansOf } from "../../doc.js";
import { dateRoundupDetails, isDayDate } from "./date-roundup-details.js";
import { datesOverlap } from "./dates-overlap.js";
import { withholdGrievances } from "./discount-grievance.js";
import type { EventLexicons } from "./event-lexicons.js";
import { findAftermathIncident } from "./find-aftermath-incident.js";
import { findAttachedDate, isPeriodBound } from "./find-attached-date.js";
import { findCrowdActIncident } from "./find-crowd-act-incident.js";
import { findEventSubjectIncident } from "./find-event-subject-incident.js";
import { findFurtherActIncident } from "./find-further-act-incident.js";
import { findOperationPartner } from "./find-operation-partner.js";
import { joinPhases } from "./find-phase-partner.js";
import { findProtestIncident } from "./find-protest-incident.js";
import { findSameWordsIncident } from "./find-same-words-incident.js";
import { findSequelDate, opensOnAnotherDay } from "./find-sequel-date.js";
import { findTollOwner, townOfIncident } from "./find-toll-owner.js";
import type { TriggerMention } from "./find-triggers.js";
import { headlineEnd, isHeadlineOnly } from "./headline-end.js";
import type { Incident } from "./incident.js";
import { hasOwnSetting, isClaimedIncident, isFurtherAct, isToldAgain } from "./is-back-reference.js";
import { isComparisonDate } from "./is-comparison-date.js";
import { isYardstickDate } from "./is-comparison-mention.js";
import { isConflictStoryDate } from "./is-conflict-story-date.js";
import { isDisruptedBesideStrike } from "./is-disrupted-beside-strike.js";
import { incidentsHere } from "./is-elsewhere.js";
import { isOwnDeterminer } from "./is-own-determiner.js";
import { isPerfectSpanDate } from "./is-perfect-span-date.js";
import {
  isEarlierActClause,
  isOtherRelativeClauseDate,
  isOwnRelativeClauseDate,
  isRelativeClauseDate,
} from "./is-relative-clause-date.js";
import { isAfterReportDate, isReportDate } from "./is-report-date.js";
import { isSayingDate } from "./is-saying-date.js";
import { isTollUpdateDate } from "./is-toll-update-date.js";
import { childrenWith, headOf, headTokenOf, type ParseTree, relationOf, wordOf } from "./parse-tree.js";
import { rankEventType } from "./rank-event-types.js";
import { isOwnDate, NO_RESPONSE_PAIRS, type ResponsePairs, withholdAcrossCues } from "./response-pairs.js";
import type { EventsSettings } from "./settings.js";
import { splitSummaryLeads } from "./split-summary-lead.js";
import { withholdAntecedentPhrases } from "./withhold-antecedent-phrases.js";

/**
 * `triggers`: every trigger of the report, occurring or not: a sentence with one tells of its own event.
 * `lexicons`: the nouns of a conflict, whose own dates no incident borrows (is-conflict-story-date.ts), and
 * the words of a report's source, whose place is no incident's (is-source-place.ts), and the words for a
 * town ("the capital"), through which a toll finds its incident's place (find-toll-owner.ts).
 * `pairs`: the response links between mentions, whose two sides are never one incident (response-pairs.ts).
 */
export function groupMentions(
  doc: Doc,
  tree: ParseTree,
  mentions: TriggerMention[],
  triggers: TriggerMention[],
  settings: EventsSettings,
  lexicons: Pick<
    EventLexicons,
    | "periodNouns"
    | "sourceWords"
    | "settlementWords"
    | "actorNouns"
    | "roundupCues"
    | "occurrenceVerbs"
    | "antecedentMarkers"
  >,
  pairs: ResponsePairs = NO_RESPONSE_PAIRS,
): Incident[] {
  const { periodNouns, sourceWords } = lexicons;
  const incidents: Incident[] = [];
  const sentencesWithTriggers = new Set(mentions.map((m) => m.sentence));
  let latest: Incident | undefined;
  const placeOf = (incident: Incident) => townOfIncident(doc, incident, triggers, settings, lexicons);
  const leadEnd = headlineEnd(doc);
  for (const mention of mentions) {
    // "X fired rockets ... in response to the strike" answers the incident told before it, so it joins no
    // part of that one, by whatever path (not only as a further act, below).
    const answered = pairs.answersToldIncident(mention) ? latest : undefined;
    const isBody = mention.span.start >= leadEnd;
    const canJoin = (incident: Incident | undefined) =>
      incident &&
      incident !== answered &&
      !pairs.isApart(incident, mention) &&
      !(isBody && isHeadlineOnly(incident, leadEnd)) &&
      !isDisruptedBesideStrike(incident, mention)
        ? incident
        : undefined;
    // "retook the town after clashes with the insurgents": the fighting is the retaking's (find-operation-partner.ts).
    const partner = findOperationPartner(doc, tree, mention, mentions, settings);
    const operation = partner && canJoin(incidents.find((i) => i.mentions.includes(partner)));
    if (operation) {
      // ACLED types an incident of mixed tactics by its most serious one: "torched ... after killing 12".
      const isGraver = rankEventType(mention.eventType) > rankEventType(operation.mentions[0].eventType);
      if (isGraver) operation.mentions.unshift(mention);
      else operation.mentions.push(mention);
      continue;
    }
    // "Angry villagers pelted the police": the crowd's act is its riot (find-crowd-act-incident.ts).
    // "A drone strike set fire to a depot": the fire is the strike's effect (find-event-subject-incident.ts).
    const governing = canJoin(
      findGoverningIncident(tree, incidents, mention) ??
        findCrowdActIncident(tree, incidents, mention) ??
        findEventSubjectIncident(tree, incidents, mention),
    );
    if (governing) {
      governing.mentions.push(mention);
      continue;
    }
    // "A health official said three people were killed": the toll of the incident told before (find-toll-owner.ts).
    const owner = canJoin(findTollOwner(doc, mention, mentions, incidents, triggers, settings, lexicons));
    if (owner) {
      owner.mentions.push(mention);
      owner.sentences.add(mention.sentence);
      latest = owner;
      continue;
    }
    // "The attackers also set fire to houses", "No group claimed the attack": the incident just told. An
    // act told as answering another ("it fired rockets in response to the strike") is no further act of the
    // incident it answers, whose name ("the strike") comes after it and so is not yet among its mentions.
    const referred =
      !pairs.isResponder(mention) &&
      canJoin(
        findReferredIncident(doc, tree, latest, incidents, mention) ??
          findFurtherActIncident(doc, tree, latest, mention, triggers, settings, sourceWords) ??
          findAftermathIncident(doc, tree, latest, mention, triggers, settings, sourceWords),
      );
    if (referred) {
      referred.mentions.push(mention);
      referred.sentences.add(mention.sentence);
      latest = referred;
      continue;
    }
    const lookback = settings.nounPhraseLookbackChars;
    const isDefinite = isAnaphoric(doc, mention, lookback);
    const isOwn = (d: LayerSpan<"dates"> | null) => (d && isOwnDate(pairs, mention, d) ? d : null);
    const ownDate = isDefiniteTrigger(doc, tree, mention, lookback)
      ? isOwn(dateInNounPhrase(doc, mention, lookback) ?? findAttachedDate(doc, tree, mention))
      : nearestDate(doc, tree, mention, isOwn);
    // "Hours later, troops retook ..., the army said on Tuesday": the opening dates the act, not the saying.
    const isSpokenDate = !ownDate || isSayingDate(tree, ownDate);
    const date = (isSpokenDate ? findSequelDate(doc, mention, latest) : null) ?? ownDate;
    // "killed 11 people, residents said on Saturday": a day only the saying gives is a stand-in, which the
    // act's own day, told later ("The strike on Friday morning hit ..."), replaces.
    const isSaidDate = !!ownDate && isSpokenDate && date === ownDate;
    // "The gunmen arrived in the early afternoon": a part of a day with no day word is the time of the act
    // told before, not another day; it dates only an incident it starts.
    const dayDate = date?.data?.dayless ? null : date;
    // A mention that names another country or town than an incident's is another incident (is-elsewhere.ts).
    const around = incidentsHere(doc, mention, incidents, triggers, settings, sourceWords);
    const here = around.filter((i) => canJoin(i));
    const incident =
      (dayDate
        ? (findDatedIncident(here, mention, dayDate) ??
          // "killed three militants who had attacked a post on March 3": the militants' earlier act is
          // no telling of the lead, whose day it would take.
          (isEarlierActClause(tree, mention.span) ? undefined : findUndatedLead(incidents, here, mention, isSaidDate)))
        : ((isDefinite ? findSameWordsIncident(doc, here, mention) : undefined) ??
          findLeadIncident(here, mention) ??
          canJoin(isDefinite ? findNamedIncident(latest, mention) : undefined) ??
          canJoin(findNarratedIncident(doc, tree, latest, mention, settings)))) ??
      findProtestIncident(
        doc,
        tree,
        here,
        mention,
        dayDate,
        mentions,
        placeOf,
        settings.narrationGapSentences,
        lexicons.actorNouns,
      ) ??
      (isBody ? findHeadlineIncident(around, mention, leadEnd, pairs, isSaidDate) : undefined);
    if (incident) {
      // The dated telling of an undated incident is its fuller one: its actors and words come first.
      if (dayDate && !incident.date) incident.mentions.unshift(mention);
      else incident.mentions.push(mention);
      incident.sentences.add(mention.sentence);
      if (dayDate && !isSaidDate && incident.isDateSaid) {
        incident.date = date;
        incident.isDateSaid = false;
      } else if (!incident.date) {
        incident.date = date;
        incident.isDateSaid = isSaidDate;
      }
    } else {
      incidents.push({ mentions: [mention], date, sentences: new Set([mention.sentence]), isDateSaid: isSaidDate });
    }
    const current = incident ?? incidents[incidents.length - 1];
    latest = current;
    if (current.isDateSaid) adoptRetoldDate(doc, tree, current, mention.sentence, sentencesWithTriggers, lexicons);
    else if (!current.date)
      adoptFollowingDate(
        doc,
        tree,
        current,
        mention.sentence,
        sentencesWithTriggers,
        settings.eventDateLookahead,
        periodNouns,
      );
  }
  // A lead summing up attacks the next sentences tell one by one is as many incidents (split-summary-lead.ts).
  // "began with a suicide bombing and was followed by a gun battle": phases of one attack (find-phase-partner.ts).
  const told = splitSummaryLeads(doc, joinPhases(tree, incidents, mentions, pairs));
  // "killed across Syria on Monday. In Idlib, a drone strike ...": the roundup's day (date-roundup-details.ts).
  dateRoundupDetails(doc, tree, told, lexicons.roundupCues, leadEnd);
  for (const incident of told) addContinuingSentences(doc, incident, sentencesWithTriggers);
  addCasualtySentences(doc, told, new Set(triggers.map((m) => m.sentence)));
  withholdAcrossCues(doc, told, pairs);
  withholdGrievances(tree, told, mentions);
  withholdAntecedentPhrases(doc, tree, told, lexicons.antecedentMarkers);
  return told;
}

/**
 * The body's first telling of the headline's incident: no body incident took the mention, so it joins the
 * headline-only incident of its sub-type, undated ("Protesters clash with police" and then "Protesters
 * clashed with police in Dhaka on Tuesday"). Once it has, the body's later mentions join it as the body's.
 * A mention dated only by its saying ("..., residents said on Saturday") joins it even when the headline's
 * incident took a day from the words after it: the saying's day is no day of the act.
 */
function findHeadlineIncident(
  around: Incident[],
  mention: TriggerMention,
  leadEnd: number,
  pairs: ResponsePairs,
  isSaidDate: boolean,
): Incident | undefined {
  return around.find(
    (incident) =>
      isHeadlineOnly(incident, leadEnd) &&
      (!incident.date || isSaidDate) &&
      !pairs.isApart(incident, mention) &&
      incident.mentions[0].subEventType === mention.subEventType,
  );
}

/**
 * "Gunmen attacked the post, killing five": a participle clause adjoined to another trigger's verb, with no
 * subject or conjunction of its own, tells that event's outcome, not a second event of another type.
 */
function findGoverningIncident(tree: ParseTree, incidents: Incident[], mention: TriggerMention): Incident | undefined {
  const token = headTokenOf(tree, mention.span);
  if (token < 0 || !wordOf(tree, token).endsWith("ing")) return undefined;
  if (childrenWith(tree, token, ["nsubj", "mark"]).length > 0) return undefined;
  // "killing 12 and abducting 50": a participle conjoined to one is the same event's further outcome. "rioted,
  // burning shops and looting a market": so is one conjoined to a participle that is no trigger, whose clause
  // hangs on the trigger's verb.
  let participle = token;
  while (relationOf(tree, participle) === "conj" && wordOf(tree, headOf(tree, participle)).endsWith("ing"))
    participle = headOf(tree, participle);
  const isConjoinedParticiple = participle !== token;
  const heads = isConjoinedParticiple ? [headOf(tree, token), headOf(tree, participle)] : [headOf(tree, token)];
  if (relationOf(tree, token) !== "advcl" && !isConjoinedParticiple) return undefined;
  // "rioted, burning shops": a parse may hang the first participle as a conjunct with no "and", which is
  // still the adverbial one.
  const isAdverbial =
    relationOf(tree, participle) === "advcl" ||
    (relationOf(tree, participle) === "conj" && childrenWith(tree, participle, ["cc"]).length === 0);
  if (isConjoinedParticiple && !isAdverbial) heads.pop();
  const holds = (m: TriggerMention, head: number) =>
    m.sentence === mention.sentence && tree.tokens[head].start >= m.span.start && tree.tokens[head].end <= m.span.end;
  for (const head of heads) {
    const incident = incidents.find((i) => i.mentions.some((m) => holds(m, head)));
    if (incident) return incident;
  }
  return undefined;
}

// A sentence that opens by pointing back ("It took place as ...", "The attack sparked a fire ...") and
// names no other event goes on about the incident of the sentence before: its casualties count too.
const CONTINUATION =
  /^\s*(?:It|They|The\s+(?:attack|strike|airstrike|blast|explosion|assault|raid|bombing|shelling|ambush|clash|fighting|incident)s?)\b/;

function addContinuingSentences(doc: Doc, incident: Incident, taken: Set<number>) {
  const sentences = spansOf(doc, "sentences");
  for (const from of [...incident.sentences]) {
    for (let i = from + 1; i < sentences.length && !taken.has(i); i++) {
      if (!CONTINUATION.test(doc.text.slice(sentences[i].start, sentences[i].end))) break;
      incident.sentences.add(i);
    }
  }
}

/**
 * A further act of the same people joins the incident just told, whatever its type (the arson of an
 * attack). A claimed or condemned incident is the latest one of its kind; a generic word ("the attack",
 * "the killing") may name any kind, a specific one ("the bombings") only its own.
 */
function findReferredIncident(
  doc: Doc,
  tree: ParseTree,
  latest: Incident | undefined,
  incidents: Incident[],
  mention: TriggerMention,
): Incident | undefined {
  if (!latest) return undefined;
  if (isFurtherAct(doc, tree, mention) || isToldAgain(doc, tree, mention)) return latest;
  if (!isClaimedIncident(tree, mention)) return undefined;
  if (mention.span.data?.generic) return latest;
  return [latest, ...[...incidents].reverse()].find((i) => i.mentions[0].eventType === mention.eventType);
}

/**
 * "Gunmen raided the village on Friday. At least 23 people died, the ministry said.": a sentence that
 * only gives a toll, with no event word, day or place of its own, gives the toll of the incident told in
 * the sentence before (the latest one told there: never two incidents' toll at once).
 */
function addCasualtySentences(doc: Doc, incidents: Incident[], withTriggers: Set<number>) {
  const sentences = spansOf(doc, "sentences");
  const owners = new Map<number, Incident>();
  for (const incident of incidents) for (const i of incident.sentences) owners.set(i, incident);
  for (let i = 1; i < sentences.length; i++) {
    const owner = owners.get(i - 1);
    if (!owner || owners.has(i) || withTriggers.has(i) || !isBareToll(doc, sentences[i])) continue;
    owner.sentences.add(i);
    owners.set(i, owner);
  }
}

function isBareToll(doc: Doc, sentence: Span): boolean {
  const inside = (s: Span) => s.start >= sentence.start && s.end <= sentence.end;
  const isToll = spansOf(doc, "numbers").some((n) => (n.label === "KILLED" || n.label === "INJURED") && inside(n));
  return isToll && !spansOf(doc, "dates").some(inside) && !spansOf(doc, "places").some(inside);
}

function findDatedIncident(
  incidents: Incident[],
  mention: TriggerMention,
  date: LayerSpan<"dates">,
): Incident | undefined {
  return incidents.find(
    (incident) =>
      incident.mentions[0].subEventType === mention.subEventType &&
      !!incident.date &&
      datesOverlap(incident.date, date),
  );
}

// "Separately, ...", "In another attack, ...": the sentence says it tells another incident.
const OTHER_INCIDENT = /\b(?:separately|elsewhere|meanwhile|another|earlier|previously)\b/i;

/**
 * "Militants attacked the base on Sunday. A car bomb exploded at the main gate.": an act of another tactic
 * told right after an incident, with no day, place or cue of its own, is a moment of that incident.
 */
function findNarratedIncident(
  doc: Doc,
  tree: ParseTree,
  latest: Incident | undefined,
  mention: TriggerMention,
  settings: EventsSettings,
): Incident | undefined {
  if (!latest || latest.mentions[0].disorderType !== mention.disorderType) return undefined;
  const gap = mention.sentence - lastToldSentence(doc, latest, mention.sentence);
  if (gap < 0 || gap > settings.narrationGapSentences || hasOwnSetting(doc, tree, mention)) return undefined;
  if (opensOnAnotherDay(doc, mention)) return undefined;
  const sentence = spansOf(doc, "sentences")[mention.sentence];
  return OTHER_INCIDENT.test(doc.text.slice(sentence.start, mention.span.start)) ? undefined : latest;
}

/**
 * "Al Shabaab said it carried out the bombing" after a suicide bomber's blast: a definite, undated mention
 * names the incident just told when it is of its event type, if not its sub-type (a suicide bomb is a
 * bombing). Only the latest: reaching further back cost location accuracy on the tune half (0.392 -> 0.378).
 */
function findNamedIncident(latest: Incident | undefined, mention: TriggerMention): Incident | undefined {
  return latest?.mentions[0].eventType === mention.eventType ? latest : undefined;
}

/** The incident's last sentence, or the last one after it that goes on about it ("The assault began at dawn"). */
function lastToldSentence(doc: Doc, incident: Incident, before: number): number {
  const sentences = spansOf(doc, "sentences");
  let last = Math.max(...incident.sentences);
  while (last + 1 < before && CONTINUATION.test(doc.text.slice(sentences[last + 1].start, sentences[last + 1].end)))
    last++;
  return last;
}

const GENERIC_BOMB = "Remote explosive/landmine/IED";
const SUICIDE_BOMB = "Suicide bomb";

/**
 * "Militants killed 12 people in an attack on the town" and then "Gunmen ... stormed the town on Tuesday":
 * the report's first incident, told undated, gets its day from the first dated mention of its kind that
 * names no other place.
 */
function findUndatedLead(
  incidents: Incident[],
  here: Incident[],
  mention: TriggerMention,
  isSaidDate: boolean,
): Incident | undefined {
  const lead = incidents[0];
  // A lead dated only by its saying is undated to a mention with a day of its own.
  const isUndated = lead && (!lead.date || (lead.isDateSaid && !isSaidDate));
  // "twin bombings" told undated, then "two suicide bombings killed ... on Saturday": one incident, the
  // dated mention naming the bomb more closely (a suicide bomb is a bomb).
  const kinds = [lead?.mentions[0].subEventType, mention.subEventType];
  const isSameKind = kinds[0] === kinds[1] || (kinds[0] === GENERIC_BOMB && kinds[1] === SUICIDE_BOMB);
  return isUndated && isSameKind && here.includes(lead) ? lead : undefined;
}

function findLeadIncident(incidents: Incident[], mention: TriggerMention): Incident | undefined {
  return incidents.find((incident) => incident.mentions[0].subEventType === mention.subEventType);
}

// "that has captured": a relative pronoun before a verb, not a determiner. "that soldiers had killed": a
// complementiser opening a clause whose auxiliary comes before the trigger, so no noun phrase either: each
// word between the determiner and the trigger must not be an auxiliary.
const DEFINITE_NP =
  /\b(?:the|these|those|this|that|its|their)\s+(?:(?!(?:has|have|had|was|were|is|are|will|would)\b)[\w'’-]+\s+){0,3}$/i;

/** "the airstrikes", "these strikes", "this month's airstrike": an incident the report already named. */
function isAnaphoric(doc: Doc, mention: TriggerMention, lookbackChars: number): boolean {
  return DEFINITE_NP.test(doc.text.slice(Math.max(0, mention.span.start - lookbackChars), mention.span.start));
}

/**
 * "the airstrikes" but not "Fighters of the Allied Democratic Forces attacked": the determiner hangs on the
 * trigger itself (is-own-determiner.ts), so only a date of its noun phrase or one the parse attaches is its own.
 */
function isDefiniteTrigger(doc: Doc, tree: ParseTree, mention: TriggerMention, lookbackChars: number): boolean {
  // "said that the air strike": the window holds "that" and "the"; each determiner in it is asked in turn.
  let from = Math.max(0, mention.span.start - lookbackChars);
  for (let phrase = DEFINITE_NP.exec(doc.text.slice(from, mention.span.start)); phrase; ) {
    if (isOwnDeterminer(tree, mention, from + phrase.index)) return true;
    from += phrase.index + 1;
    phrase = DEFINITE_NP.exec(doc.text.slice(from, mention.span.start));
  }
  return false;
}

/** For an anaphoric mention only a date inside its own noun phrase counts ("the 2020 airstrikes"). */
function dateInNounPhrase(doc: Doc, mention: TriggerMention, lookbackChars: number): LayerSpan<"dates"> | null {
  const before = doc.text.slice(Math.max(0, mention.span.start - lookbackChars), mention.span.start);
  const npStart = mention.span.start - (DEFINITE_NP.exec(before)?.[0].length ?? 0);
  return (
    spansOf(doc, "dates").find((d) => d.start >= npStart && d.end <= mention.span.start && !isReportDate(d)) ?? null
  );
}

/** The date span in the mention's sentence closest to the trigger, of those `isOwn` keeps. */
function nearestDate(
  doc: Doc,
  tree: ParseTree,
  mention: TriggerMention,
  isOwn: (d: LayerSpan<"dates">) => LayerSpan<"dates"> | null,
): LayerSpan<"dates"> | null {
  const sentence = spansOf(doc, "sentences")[mention.sentence];
  // "the deadliest since May 10": a date the event is compared with is not its date.
  const dates = spansOf(doc, "dates").filter(
    (d) =>
      d.start >= sentence.start &&
      d.end <= sentence.end &&
      !isReportDate(d) &&
      !isComparisonDate(tree, d) &&
      !isTollUpdateDate(doc, tree, d) &&
      !isYardstickDate(tree, d) &&
      !isOtherRelativeClauseDate(tree, d, mention.span) &&
      // "a bond due next year": a day after the report's dates no event the report tells as done.
      !isAfterReportDate(doc, d) &&
      isOwn(d),
  );
  const own = dates.find((d) => isOwnRelativeClauseDate(tree, d, mention.span));
  if (own) return own;
  const distance = (d: Span) => Math.min(Math.abs(d.start - mention.span.end), Math.abs(mention.span.start - d.end));
  return dates.sort((a, b) => distance(a) - distance(b))[0] ?? null;
}

/** "The attack was the deadliest since March": a compared time or a period's bound dates nothing. */
function adoptFollowingDate(
  doc: Doc,
  tree: ParseTree,
  incident: Incident,
  from: number,
  taken: Set<number>,
  lookahead: number,
  periodNouns: ReadonlySet<string>,
) {
  const sentences = spansOf(doc, "sentences");
  const isOtherTime = (d: LayerSpan<"dates">, sentence: Span) =>
    isOtherTimeThanAct(doc, tree, d, sentence, periodNouns);
  for (let i = from + 1; i <= from + lookahead && i < sentences.length; i++) {
    if (taken.has(i)) continue;
    const inSentence = (d: Span) => d.start >= sentences[i].start && d.end <= sentences[i].end;
    const date = spansOf(doc, "dates").find((d) => inSentence(d) && !isOtherTime(d, sentences[i]));
    if (date && isAfterReportDate(doc, date)) return;
    if (date) {
      incident.date = date;
      incident.sentences.add(i);
      return;
    }
  }
}

/** "X said on Monday that ...": the day someone spoke, a compared time, a period's bound or a trend's span up to now
 * ("have intensified in recent weeks") dates no act told before. */
function isOtherTimeThanAct(
  doc: Doc,
  tree: ParseTree,
  d: LayerSpan<"dates">,
  sentence: Span,
  periodNouns: ReadonlySet<string>,
): boolean {
  return (
    isReportDate(d) ||
    isComparisonDate(tree, d) ||
    isPeriodBound(tree, d) ||
    isRelativeClauseDate(tree, d) ||
    isSayingDate(tree, d) ||
    isPerfectSpanDate(doc.text, tree, d, sentence) ||
    isConflictStoryDate(tree, sentence, d, periodNouns)
  );
}

/**
 * "Gunmen killed 12 villagers, police said on Tuesday. The attack took place on Sunday night": an incident
 * dated only by its saying takes the day the next sentence gives when that sentence points back to it
 * ("The attack", "It"), tells no event of its own and says the incident happened then (lexicon
 * events/occurrence-verbs.txt): "The attack was condemned on Wednesday" gives the day of another act.
 */
function adoptRetoldDate(
  doc: Doc,
  tree: ParseTree,
  incident: Incident,
  from: number,
  taken: Set<number>,
  lexicons: Pick<EventLexicons, "periodNouns" | "occurrenceVerbs">,
) {
  const sentence = spansOf(doc, "sentences")[from + 1];
  if (!sentence || taken.has(from + 1) || !CONTINUATION.test(doc.text.slice(sentence.start, sentence.end))) return;
  const date = spansOf(doc, "dates").find(
    (d) =>
      d.start >= sentence.start &&
      d.end <= sentence.end &&
      isDayDate(d) &&
      lexicons.occurrenceVerbs.test(doc.text.slice(sentence.start, d.start)) &&
      !isOtherTimeThanAct(doc, tree, d, sentence, lexicons.periodNouns) &&
      !isAfterReportDate(doc, d),
  );
  if (!date) return;
  incident.date = date;
  incident.isDateSaid = false;
  incident.sentences.add(from + 1);
}
