// "A car bomb killed six people in Kismayo. Al-Shabaab claimed responsibility for the attack." The claim
// reports no new incident but says who carried out the one before it: the claimant becomes actor 1 of
// every record of the latest political-violence incident reported before the claim (the first one when
// the claim comes first, as in a headline). It replaces an unidentified armed group, never a named actor,
// and a group the lead's rules took for the target (draft-incident.ts) is no target when it claims the
// attack, nor is one said not to have claimed it. A denied claim ("No group has claimed responsibility")
// names no actor 1, and a denial ("the Taliban denied involvement", find-denials.ts) is no evidence that the
// one who denies took part on either side: its words are taken out of the record's actors.
import { type ActorValue, type Doc, type EventDraft, type Field, type Span, spansOf } from "../../doc.js";
import type { EventLexicons } from "./event-lexicons.js";
import { findAttackerAffiliations } from "./find-attacker-affiliation.js";
import { findBlamedPerpetrators } from "./find-blamed-perpetrator.js";
import { findResponsibilityClaims, type ResponsibilityClaim, readClaimant } from "./find-claimed-perpetrator.js";
import { findDenials } from "./find-denials.js";
import { findReportCountry } from "./find-report-country.js";
import { findSpeakerClaims } from "./find-speaker-claims.js";

/** ACLED's inter code of unidentified armed groups, the placeholder a claim replaces. */
const UNIDENTIFIED_INTER = 3;

export function attributeClaimedAttacks(doc: Doc, events: EventDraft[], lexicons: EventLexicons): void {
  const claims = [...findResponsibilityClaims(doc, lexicons), ...findSpeakerClaims(doc, lexicons)];
  const denials = findDenials(doc, lexicons);
  // A group's own claim first: a third party's attribution fills only what no claim named.
  const attributions = [...findBlamedPerpetrators(doc, lexicons), ...findAttackerAffiliations(doc, lexicons)];
  for (const claim of [...claims, ...attributions, ...denials]) {
    const target = targetOf(events, claim);
    if (!target) continue;
    const countries = countriesOf(doc, target);
    const claimant = readClaimant(doc, claim, countries, lexicons);
    if (!claimant) continue;
    const isDisputed = claim.isAttribution && isDenied(doc, events, { target, countries }, claimant, denials, lexicons);
    for (const draft of events.filter((e) => e === target || (e.incident ?? -1) === (target.incident ?? -2)))
      if (claim.isDenial) dropDenier(doc, draft, claimant);
      else if (claim.isDenied || isDisputed) dropTarget(draft, claimant);
      else assignClaimant(draft, claimant);
  }
}

function targetOf(events: EventDraft[], claim: ResponsibilityClaim): EventDraft | undefined {
  return namedEvent(events, claim.attack) ?? claimedEvent(events, claim.at);
}

type ClaimCountries = ReturnType<typeof countriesOf>;

function countriesOf(doc: Doc, target: EventDraft) {
  const place = target.place?.value;
  return {
    place: place?.country && place.iso3 ? { name: place.country, iso3: place.iso3 } : null,
    report: findReportCountry(doc),
  };
}

/**
 * "Police blamed X for the attack. X denied involvement." / "... The group denied carrying it out.": the
 * one accused denies the attack, by name or as "the group" (no name of its own), so who did it is disputed.
 */
function isDenied(
  doc: Doc,
  events: EventDraft[],
  { target, countries }: { target: EventDraft; countries: ClaimCountries },
  accused: Field<ActorValue>,
  denials: readonly ResponsibilityClaim[],
  lexicons: EventLexicons,
): boolean {
  return denials.some((denial) => {
    if (targetOf(events, denial) !== target) return false;
    const denier = readClaimant(doc, denial, countries, lexicons);
    return !denier || denier.value.name === accused.value.name || isUnidentified(denier.value);
  });
}

/** "X claimed responsibility for the bombings, which ...": the record whose trigger is the claimed attack. */
function namedEvent(events: EventDraft[], attack: { start: number; end: number } | undefined): EventDraft | undefined {
  if (!attack) return undefined;
  return events.find(
    (e) => e.disorderType === "Political violence" && e.trigger.start < attack.end && attack.start < e.trigger.end,
  );
}

/** The political-violence record whose trigger comes last before the claim, else the first after it. */
function claimedEvent(events: EventDraft[], at: number): EventDraft | undefined {
  const violent = events.filter((e) => e.disorderType === "Political violence");
  const before = violent.filter((e) => e.trigger.start < at);
  return before.sort((a, b) => b.trigger.start - a.trigger.start)[0] ?? violent[0];
}

function assignClaimant(draft: EventDraft, claimant: Field<ActorValue>): void {
  const isSame = (f: Field<ActorValue> | null) => f?.value.name === claimant.value.name;
  dropTarget(draft, claimant);
  if (isSame(draft.actor1)) addNewEvidence(draft.actor1!, claimant.evidence);
  else if (!draft.actor1) draft.actor1 = claimant;
  // "Three attackers opened fire ... IS claimed the attack": the claim says who the attackers were, so the
  // words that told of them stay evidence of the actor the claim names.
  else if (isUnidentified(draft.actor1.value))
    draft.actor1 = { ...claimant, evidence: [...claimant.evidence, ...draft.actor1.evidence] };
}

/** The claim's words, unless the field holds them already (the record's own words can name the claimant). */
function addNewEvidence(field: Field<ActorValue>, evidence: readonly Span[]): void {
  const isHeld = (span: Span) => field.evidence.some((e) => e.start === span.start && e.end === span.end);
  field.evidence.push(...evidence.filter((span) => !isHeld(span)));
}

/** A group that claims an attack, or is said not to have, is the one suspected of it, not its target. */
function dropTarget(draft: EventDraft, group: Field<ActorValue>): void {
  const isSame = (f: Field<ActorValue> | null) => f?.value.name === group.value.name;
  if (isSame(draft.actor2)) draft.actor2 = draft.assocActors2.shift() ?? null;
  draft.assocActors2 = draft.assocActors2.filter((f) => !isSame(f));
}

/** The denier's words in the denial's sentence are no evidence of an actor; one left with none is dropped. */
function dropDenier(doc: Doc, draft: EventDraft, denier: Field<ActorValue>): void {
  const sentence = spansOf(doc, "sentences").find((s) =>
    denier.evidence.some((e) => s.start <= e.start && e.end <= s.end),
  );
  const isInDenial = (span: Span) => !!sentence && sentence.start <= span.start && span.end <= sentence.end;
  const keep = (f: Field<ActorValue> | null): Field<ActorValue> | null => {
    if (!f || f.value.name !== denier.value.name) return f;
    const evidence = f.evidence.filter((e) => !isInDenial(e));
    return evidence.length > 0 ? { ...f, evidence } : null;
  };
  draft.actor1 = keep(draft.actor1) ?? (draft.actor1 ? (draft.assocActors1.shift() ?? null) : null);
  draft.actor2 = keep(draft.actor2) ?? (draft.actor2 ? (draft.assocActors2.shift() ?? null) : null);
  draft.assocActors1 = draft.assocActors1.flatMap((f) => keep(f) ?? []);
  draft.assocActors2 = draft.assocActors2.flatMap((f) => keep(f) ?? []);
}

function isUnidentified(actor: ActorValue): boolean {
  return actor.inter === UNIDENTIFIED_INTER && actor.name.startsWith("Unidentified Armed Group");
}
