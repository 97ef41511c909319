// Events: trigger mentions that describe something that happened, grouped into incidents, each with its
// date, place, actors, weapons and casualties taken from the layers below and their evidence spans. Drafts
// of one actor pair, place and day then merge into one event of the higher ACLED type (merge-same-incident).
// Beside them, claims (tallies and attributions: what someone says about events) and the "in response
// to" links between events and claims.
import { type ClaimDraft, type Doc, type EventDraft, field, type Span, spansOf, withEvents } from "../../doc.js";
import type { Stage } from "../../stage.js";
import type { HappenedModel } from "../../text/happened/happened-model.js";
import { attributeClaimedAttacks } from "./attribute-claimed-attacks.js";
import { citeIncidentMentions } from "./cite-incident-mentions.js";
import { typeCrowdDestruction } from "./crowd-destruction.js";
import { dateAnsweredEvent, type ResponseLag } from "./date-answered-event.js";
import { dateByReport } from "./date-by-report.js";
import { discountGrievance } from "./discount-grievance.js";
import { draftIncident } from "./draft-incident.js";
import { type EventLexicons, loadEventLexicons } from "./event-lexicons.js";
import { findAnsweredMentions } from "./find-answered-mentions.js";
import { findAttributions } from "./find-attributions.js";
import { findClaimedTolls } from "./find-claimed-tolls.js";
import { findFigureClaims } from "./find-figure-claims.js";
import { findPointedAnswer, readPointingPhrase } from "./find-pointed-answer.js";
import { findReportCountry } from "./find-report-country.js";
import { countBefore, findTallies, findTotals } from "./find-tallies.js";
import { findTriggers, type TriggerMention } from "./find-triggers.js";
import { followProtestConvention } from "./follow-protest-convention.js";
import { groupMentions } from "./group-mentions.js";
import { headlineEnd } from "./headline-end.js";
import { implyUnnamedActors } from "./imply-unnamed-actors.js";
import type { Incident } from "./incident.js";
import { isAbstractFight } from "./is-abstract-fight.js";
import { isActorDescription } from "./is-actor-description.js";
import { isChangeIntoEvent } from "./is-change-into-event.js";
import { isComparisonMention } from "./is-comparison-mention.js";
import { isCriticismSense } from "./is-criticism-sense.js";
import { isDeniedReport } from "./is-denied-report.js";
import { isExpressedProtest } from "./is-expressed-protest.js";
import { isFigurative } from "./is-figurative.js";
import { isHistoryIncident } from "./is-history-incident.js";
import { isIrrealis, readMentionIrrealis } from "./is-irrealis.js";
import { isLoneOffence } from "./is-lone-offence.js";
import { isLongPast, statesEarlierYear } from "./is-long-past.js";
import { isMonthName } from "./is-month-name.js";
import { isNamePart } from "./is-name-part.js";
import { findNameWords, isNameSense } from "./is-name-sense.js";
import { isNamedByPastYear } from "./is-named-by-past-year.js";
import { isNonViolentCause } from "./is-non-violent-cause.js";
import { isOccurrence } from "./is-occurrence.js";
import {
  hasConflictEvidence,
  hasPredicateArgument,
  isOffRegister,
  statesMarketResult,
  statesMatchResult,
} from "./is-off-register.js";
import { isOrdinaryAgreement } from "./is-ordinary-agreement.js";
import { isCrimeEvent, isCrimeReport, namesPoliticalSide } from "./is-ordinary-crime.js";
import { isOtherWithdrawal } from "./is-other-withdrawal.js";
import { readPerfectTotal } from "./is-perfect-total.js";
import { isPersonRally } from "./is-person-rally.js";
import { isProtestGrievance } from "./is-protest-grievance.js";
import { isQuantityChange } from "./is-quantity-change.js";
import { isQuietProspect } from "./is-quiet-prospect.js";
import { isReliefDeployment } from "./is-relief-deployment.js";
import { isDatedAhead } from "./is-report-date.js";
import { isRiotModifier } from "./is-riot-modifier.js";
import { isRoundupTotal } from "./is-roundup-total.js";
import { isShowingSense } from "./is-showing-sense.js";
import { isStandingFight } from "./is-standing-fight.js";
import { isStandingRelation } from "./is-standing-relation.js";
import { isStateComplaint } from "./is-state-complaint.js";
import { isTargetCache } from "./is-target-cache.js";
import { isTrialSubject } from "./is-trial-subject.js";
import { isTroopMarch } from "./is-troop-march.js";
import { isUnhappened as isScoredUnhappened, readParsedWords, scoreMentionHappened } from "./is-unhappened.js";
import { isUnmadeAgreement } from "./is-unmade-agreement.js";
import { isWarScaleToll } from "./is-war-scale-toll.js";
import { joinLeadMentions } from "./join-lead-mention.js";
import { joinRetoldIncidents } from "./join-retold-incident.js";
import { linkClaimEvents } from "./link-claims.js";
import { findCuedResponders, linkResponses } from "./link-responses.js";
import { mergeSameIncident } from "./merge-same-incident.js";
import { type ParseTree, readParseTree } from "./parse-tree.js";
import type { FindTriggerMatches, FindTriggers, SharedTriggers } from "./remember-triggers.js";
import { readResponsePairs } from "./response-pairs.js";
import { EVENTS_SETTINGS, type EventsSettings } from "./settings.js";
import { shareNamedSides } from "./share-named-sides.js";

export type EventsAndClaims = { events: EventDraft[]; claims: ClaimDraft[] };

export function findEvents(
  doc: Doc,
  lexicons: EventLexicons,
  settings: EventsSettings = EVENTS_SETTINGS,
): EventDraft[] {
  return findEventsAndClaims(doc, lexicons, settings).events;
}

/** `happened`: the "did it happen" classifier (loadResources); without it only the rules judge. */
export function findEventsAndClaims(
  doc: Doc,
  lexicons: EventLexicons,
  settings: EventsSettings = EVENTS_SETTINGS,
  happened?: HappenedModel,
  findMentions: FindTriggers = findTriggers,
  findMatches?: FindTriggerMatches,
): EventsAndClaims {
  const tree = readParseTree(doc);
  // "took to the streets to denounce the crackdown": a protest's grievance is no force used on it.
  // "hundreds of residents set fire to a police post": a crowd's destruction is a riot (crowd-destruction.ts).
  const found = findMentions(doc, lexicons, settings);
  const riotSentences = new Set(found.filter((m) => m.eventType === "Riots").map((m) => m.sentence));
  const triggers = found.map((m) =>
    typeCrowdDestruction(tree, discountGrievance(doc, tree, m, lexicons), lexicons.actorNouns, riotSentences),
  );
  // A counted phrase ("at least five drone attacks") is a tally claim, never one incident.
  // A trigger inside a date ("March 2020") is a word of the date, not an event.
  // Planned, negated, conditional or habitual clauses did not happen (read-irrealis.ts).
  // A stated market move marks a business report as a match result marks sport (is-off-register.ts).
  const isMatchReport = statesMatchResult(doc) || statesMarketResult(doc, lexicons.quiet.marketResult);
  const hasEvidence = hasConflictEvidence(doc, settings, isMatchReport);
  const hasPoliticalSide = namesPoliticalSide(doc, lexicons.quiet, lexicons.actorNouns);
  const isLone = (m: TriggerMention) => isLoneOffence(doc, tree, m, hasPoliticalSide, lexicons.actorNouns, settings);
  // A report whose violence is one person's is a crime report, whatever words it uses: its arrests are the
  // crime's too (is-lone-offence.ts).
  const isCrime = isCrimeReport(doc, lexicons.quiet, hasPoliticalSide) || triggers.some(isLone);
  const nameWords = findNameWords(doc, triggers);
  const irrealis = new Map(
    triggers.map((m) => [
      m,
      readMentionIrrealis(tree, m) ??
        readPerfectTotal(tree, m, lexicons.periodNouns, settings.warScaleCount) ??
        (isWarScaleToll(doc, m, settings.warScaleCount) || isRoundupTotal(doc, m, triggers)
          ? ("total" as const)
          : null),
    ]),
  );
  const parse = happened && readParsedWords(tree);
  const isUnhappened = (m: TriggerMention) => {
    const score = parse ? scoreMentionHappened(happened, tree, parse, m) : null;
    const isOffRegisterPredicate = () => !hasEvidence && !hasPredicateArgument(doc, tree, m, lexicons);
    return score !== null && isScoredUnhappened(score, isOffRegisterPredicate, settings);
  };
  // An event named after a response cue is no background when one of its sentence answers it.
  const isResponder = (m: TriggerMention) => !isIrrealis(m, irrealis.get(m)!, () => isDatedAhead(doc, m));
  const answered = findAnsweredMentions(doc, triggers, isResponder, settings);
  const occurring = triggers.filter(
    (m) =>
      isResponder(m) &&
      !isUnhappened(m) &&
      !isOffRegister(doc, tree, m, lexicons, hasEvidence, isMatchReport) &&
      !(!hasEvidence && isQuietProspect(tree, m, irrealis.get(m)!, lexicons.quiet)) &&
      !isTrialSubject(tree, m, lexicons.quiet, () => statesEarlierYear(doc, m.sentence)) &&
      !(isCrime && isCrimeEvent(tree, m, lexicons.actorNouns)) &&
      !isLone(m) &&
      !isStateComplaint(doc, tree, m) &&
      !isExpressedProtest(tree, m, lexicons.quiet.expressingVerbs) &&
      !isTroopMarch(tree, m, lexicons.actorNouns) &&
      !isReliefDeployment(tree, m, lexicons.quiet.reliefVerbs) &&
      !isPersonRally(doc, tree, m) &&
      !isOtherWithdrawal(doc, tree, m, lexicons.actorNouns) &&
      !isShowingSense(tree, m) &&
      !isAbstractFight(doc, tree, m, lexicons.actorNouns) &&
      !isStandingFight(tree, m, lexicons.periodNouns) &&
      !isCriticismSense(doc, tree, m, lexicons.quiet.criticismVerbs) &&
      !isProtestGrievance(doc, tree, m, triggers) &&
      !isTargetCache(tree, m, lexicons.quiet.weaponSeizureVerbs) &&
      !isQuantityChange(tree, m) &&
      !isComparisonMention(tree, m) &&
      !isStandingRelation(doc, tree, m, lexicons.quiet.standingRelationNouns) &&
      !isDeniedReport(tree, m, lexicons.responsibilityClaims.denialVerbs, lexicons.quiet.hearsayNouns) &&
      !isNamePart(doc, m) &&
      !isNameSense(doc, tree, m, nameWords, lexicons) &&
      !(!hasEvidence && isOrdinaryAgreement(doc, m, lexicons.quiet)) &&
      !isUnmadeAgreement(tree, m, lexicons.quiet.unmadeAgreementCues) &&
      (isOccurrence(doc, m, settings) || answered.has(m)) &&
      !isFigurative(doc, m) &&
      !isChangeIntoEvent(tree, m, triggers) &&
      !isNonViolentCause(doc, tree, m, triggers, lexicons) &&
      !(isLongPast(doc, m, settings) && !hasEvidence) &&
      !isNamedByPastYear(doc, tree, m, settings) &&
      !countBefore(doc, m) &&
      !isInDate(doc, m) &&
      !isMonthName(doc, m) &&
      !isActorDescription(doc, m, settings) &&
      !isRiotModifier(tree, m),
  );
  const drafts: EventDraft[] = [];
  const draftsOf = new Map<TriggerMention, number[]>();
  const reportCountry = findReportCountry(doc, settings);
  const cuedResponders = findCuedResponders(doc, occurring, settings);
  const pointingResponders = [...cuedResponders].filter(([, cue]) => readPointingPhrase(doc, cue.end));
  const pairs = readResponsePairs(
    linkResponses(doc, occurring, [], settings),
    new Set(cuedResponders.keys()),
    new Set(pointingResponders.map(([mention]) => mention)),
  );
  // A recalled incident of long ago is no incident of the report (is-history-incident.ts).
  const isReported = (incident: Incident) => !isHistoryIncident(doc, incident, settings);
  const incidents = groupMentions(doc, tree, occurring, triggers, settings, lexicons, pairs).filter(isReported);
  incidents.forEach((incident, i) => {
    // Demonstrations put the crowd first, whatever the clause's grammar (follow-protest-convention.ts).
    const indexes = draftIncident(doc, incident, triggers, i === 0, i, lexicons, settings)
      .map((draft) => followProtestConvention(doc, draft, lexicons, reportCountry))
      .map((draft) => drafts.push(draft) - 1);
    for (const mention of incident.mentions) draftsOf.set(mention, indexes);
  });
  // "Fighting resumed between the two sides": the sides of the battle told before (share-named-sides.ts).
  const sided = shareNamedSides(doc, drafts, lexicons.pairPhrase);
  // One event per actor pair, place and day: tactics of one incident merge, the higher type winning.
  const same = mergeSameIncident(sided);
  // A retelling with another verb, the same toll and no other day or place joins (join-retold-incident.ts).
  const retold = joinRetoldIncidents(same.drafts);
  // The headline's mention of the body's incident joins it (join-lead-mention.ts).
  const { drafts: events, indexOf: leadIndexOf } = joinLeadMentions(retold.drafts, headlineEnd(doc));
  const indexOf = same.indexOf.map((i) => leadIndexOf[retold.indexOf[i]]);
  for (const [mention, indexes] of draftsOf) draftsOf.set(mention, [...new Set(indexes.map((i) => indexOf[i]))]);
  // "the blast", "Friday's attack": later names of an incident join its evidence (cite-incident-mentions.ts).
  citeIncidentMentions(doc, tree, events, lexicons, findMatches?.(doc, lexicons));
  attributeClaimedAttacks(doc, events, lexicons);
  const tallies = findTallies(doc, triggers, lexicons, settings);
  const totals = findTotals(
    doc,
    triggers.filter((m) => irrealis.get(m) === "total"),
    triggers,
    lexicons,
    settings,
  );
  const claims = [...tallies.map((t) => t.claim), ...totals, ...findAttributions(doc, triggers, settings)];
  addResponses(
    tree,
    events,
    draftsOf,
    tallies.map((t) => t.mention),
    lexicons.responseLags,
    settings,
  );
  addPointedResponses(tree, events, draftsOf, cuedResponders, lexicons.responseLags);
  claims.forEach((claim, i) => {
    claim.events = linkClaimEvents(claim, events, i);
  });
  // Figure claims are made for their events already; they come last so tally indexes stay put.
  const figures = findFigureClaims(doc, events, settings);
  const disputed = new Set(figures.flatMap((c) => c.events));
  claims.push(...figures, ...findClaimedTolls(doc, events, disputed, lexicons.unverifiedCues, settings));
  claims.forEach((claim, i) => {
    if (claim.kind !== "tally") for (const e of claim.events) (events[e].claims ??= []).push(i);
  });
  // Last: every reader and claim above has had its say on who acted (imply-unnamed-actors.ts).
  implyUnnamedActors(events, lexicons.impliedActors, lexicons.genericActors, reportCountry);
  // Then an event no words date takes its report's week (date-by-report.ts): after the claims, whose
  // periods and links read only the dates the text gives.
  dateByReport(doc, events, settings.reportWeekDays);
  return { events, claims };
}

/** Tally mentions keep their position in `claims` (tallies come first there). */
function addResponses(
  tree: ParseTree,
  events: EventDraft[],
  draftsOf: Map<TriggerMention, number[]>,
  tallies: TriggerMention[],
  lags: readonly ResponseLag[],
  settings: EventsSettings,
) {
  for (const link of linkResponses(tree.doc, [...draftsOf.keys()], tallies, settings)) {
    const answeredEvents = draftsOf.get(link.answered) ?? [];
    const tally = tallies.indexOf(link.answered);
    const evidence: Span[] = [link.evidence, link.answered.span];
    for (const index of draftsOf.get(link.responder) ?? []) {
      const draft = events[index];
      if (answeredEvents.length > 0 && !answeredEvents.includes(index)) {
        draft.inResponseTo = merge(draft.inResponseTo, answeredEvents, evidence);
        for (const answered of answeredEvents) dateAnsweredEvent(tree, events[answered], draft, link.evidence, lags);
      } else if (tally >= 0) {
        draft.inResponseToClaims = merge(draft.inResponseToClaims, [tally], evidence);
      }
    }
  }
}

/** "in response to the strike": a cue whose answer is named only by a pointing noun (find-pointed-answer.ts). */
function addPointedResponses(
  tree: ParseTree,
  events: EventDraft[],
  draftsOf: Map<TriggerMention, number[]>,
  cuedResponders: Map<TriggerMention, Span>,
  lags: readonly ResponseLag[],
) {
  for (const [responder, cue] of cuedResponders) {
    const indexes = draftsOf.get(responder) ?? [];
    if (indexes.some((i) => events[i].inResponseTo)) continue;
    const answer = findPointedAnswer(tree.doc, cue, responder.span, events, indexes);
    if (!answer) continue;
    for (const index of indexes) {
      events[index].inResponseTo = merge(events[index].inResponseTo, [answer.event], [cue, answer.span]);
      dateAnsweredEvent(tree, events[answer.event], events[index], cue, lags);
    }
  }
}

function isInDate(doc: Doc, mention: TriggerMention): boolean {
  return spansOf(doc, "dates").some((d) => d.start <= mention.span.start && mention.span.end <= d.end);
}

function merge(existing: EventDraft["inResponseTo"], indexes: number[], evidence: Span[]) {
  if (!existing) return field(indexes, evidence);
  return field([...new Set([...existing.value, ...indexes])], [...existing.evidence, ...evidence]);
}

/** `shared`: the lexicons and trigger finder this stage shares with the syntax stage's sentence choice
 * (pipeline.ts), so a document's triggers are found once. */
export function createEventsStage(
  settings: EventsSettings = EVENTS_SETTINGS,
  happened?: HappenedModel,
  shared?: SharedTriggers,
): Stage {
  let lexicons: EventLexicons | undefined;
  return {
    name: "events",
    needs: ["sentences", "entities", "dates", "places", "numbers", "weapons", "quotes"],
    makes: ["events"],
    run: (doc: Doc) => {
      lexicons ??= shared ? shared.lexicons() : loadEventLexicons();
      const { events, claims } = findEventsAndClaims(
        doc,
        lexicons,
        settings,
        happened,
        shared?.findTriggers,
        shared?.findMatches,
      );
      return { ...withEvents(doc, events), claims };
    },
  };
}

export const eventsStage: Stage = createEventsStage();
