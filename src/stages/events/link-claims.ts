// Claims -> the events they are about. An attribution names its deed by date, place and kind ("the
// February rocket at Erbil"): it attributes each event whose date overlaps and whose place or kind agrees.
// A tally counts a kind of event over a period: an event of that kind, inside the period and the tally's
// country, is plausibly one of those counted (an inference, kept as such) — unless it was carried out by
// the tally's target or answers the tally, since the events counted are the ones against that target.
import type { ClaimDraft, DateValue, EventDraft } from "../../doc.js";

export function linkClaimEvents(claim: ClaimDraft, events: readonly EventDraft[], claimIndex: number): number[] {
  const linked: number[] = [];
  events.forEach((event, i) => {
    const isLinked = claim.kind === "attribution" ? isAttributed(claim, event) : isCounted(claim, event, claimIndex);
    if (isLinked) linked.push(i);
  });
  return linked;
}

function isAttributed(claim: ClaimDraft, event: EventDraft): boolean {
  const dateAgrees = !claim.period || !event.date || overlaps(claim.period.value, event.date.value);
  if (!dateAgrees || (!claim.period && !claim.place)) return false;
  const placeAgrees = !!claim.place && !!event.place && samePlace(claim, event);
  const kindAgrees = !!claim.subEventType && claim.subEventType === event.subEventType.value;
  return claim.period ? placeAgrees || kindAgrees : placeAgrees && kindAgrees;
}

function isCounted(claim: ClaimDraft, event: EventDraft, claimIndex: number): boolean {
  if (!claim.period || !event.date || claim.subEventType !== event.subEventType.value) return false;
  if (event.date.value.start < claim.period.value.start || event.date.value.end > claim.period.value.end) return false;
  if (claim.place?.value.iso3 && event.place?.value.iso3 && claim.place.value.iso3 !== event.place.value.iso3)
    return false;
  if (event.inResponseToClaims?.value.includes(claimIndex)) return false;
  const target = claim.target?.value;
  const actor = event.actor1?.value;
  return !(target && actor && (target.name === actor.name || (!!target.country && target.country === actor.country)));
}

function samePlace(claim: ClaimDraft, event: EventDraft): boolean {
  const a = claim.place!.value;
  const b = event.place!.value;
  return a.precision === 3 ? a.iso3 === b.iso3 : a.location === b.location && a.iso3 === b.iso3;
}

function overlaps(a: DateValue, b: DateValue): boolean {
  return a.start <= b.end && b.start <= a.end;
}
