// A headline names the report's incident before the body tells it: "Gunmen kill four police in
// attack" and then "Gunmen attacked a police post in <town> on Sunday, killing four officers". The lead's
// draft has no date and often no place; the body's has both, so merge-same-incident (actor pair, place
// and day) never sees them as one. A lead draft joins the one body draft of the same event type with no
// other date or death toll; when several are, the one whose actors fit the lead's roles and whose place
// is the lead's or inside it. When several body drafts still fit ("Attacks kill 10 across the north" over two towns'
// attacks) the lead is a summary of distinct incidents and is left as it is: which one it means is unsaid.
import type { ActorValue, EventDraft, Field } from "../../doc.js";
import { arePlacesApart } from "./is-elsewhere.js";
import { absorbDraft, type MergedDrafts } from "./merge-same-incident.js";

const PROTESTS = "Protests";
const VIOLENT_DEMONSTRATION = "Violent demonstration";

/** `leadEnd`: the offset where the headline ends (0 when the report has none: nothing joins). */
export function joinLeadMentions(drafts: readonly EventDraft[], leadEnd: number): MergedDrafts {
  const isLead = (i: number) => drafts[i].trigger.start < leadEnd;
  const target = drafts.map((_, i) => (isLead(i) ? bodyDraftOf(drafts, i, leadEnd) : -1));
  const summed = drafts.map((_, i) => (isLead(i) && target[i] < 0 ? firstSummedBodyDraft(drafts, i, leadEnd) : -1));
  const kept = drafts.map((_, i) => i).filter((i) => target[i] < 0 && summed[i] < 0);
  const newIndex = new Map(kept.map((i, k) => [i, k]));
  const merged = kept.map((i) => drafts[i]);
  drafts.forEach((lead, i) => {
    if (target[i] < 0) return;
    const k = newIndex.get(target[i])!;
    merged[k] = joinInto(merged[k], lead);
  });
  const keptOf = (i: number) => (target[i] >= 0 ? target[i] : summed[i] >= 0 ? summed[i] : i);
  return { drafts: merged, indexOf: drafts.map((_, i) => newIndex.get(keptOf(i))!) };
}

/**
 * "Villagers killed as rebels raid two villages" over a body that tells both raids: a generic headline word
 * with no day and no toll of its own that fits several body incidents sums them, and a record of it would
 * count them twice. It is dropped; what points at it points at the first of them. The first body draft it
 * sums, or -1 when it fits fewer than two. A headline with its own toll is left as it is (measured: dropping
 * "Attacks kill ten" over two attacks lost matched records on the dev set's check half).
 */
function firstSummedBodyDraft(drafts: readonly EventDraft[], i: number, leadEnd: number): number {
  const lead = drafts[i];
  if (lead.date || !lead.trigger.data?.generic || lead.fatalities.value.known) return -1;
  const kinds = bodyDraftsFitting(drafts, i, leadEnd, (a, b) => a.disorderType === b.disorderType);
  return kinds.length < 2 ? -1 : kinds[0];
}

/**
 * The one body draft (after the lead) the lead draft fits, or -1 when none or several do. A headline is
 * telegraphic ("Car bomb hits convoy near Somali capital"): its places and actors are often misread, so
 * they only choose between several body drafts; the type, the day and the death toll decide alone.
 */
function bodyDraftOf(drafts: readonly EventDraft[], i: number, leadEnd: number): number {
  const lead = drafts[i];
  const fitting = bodyDraftsFitting(drafts, i, leadEnd, isSameIncidentKind);
  if (fitting.length === 1) return fitting[0];
  if (fitting.length === 0) {
    const generic = onlyBodyDraftOfGenericLead(drafts, i, leadEnd);
    if (generic >= 0) return generic;
    const tolled = onlyBodyDraftOfGenericToll(drafts, i, leadEnd);
    return tolled >= 0 ? tolled : onlyBodyDraftWithLargerToll(drafts, i, leadEnd);
  }
  const placed = fitting.filter((j) => isArgumentCompatible(lead, drafts[j]));
  return placed.length === 1 ? placed[0] : -1;
}

/**
 * "Gunmen kill 14 in village raid" over a body telling one attack on civilians: a generic headline word
 * ("raid", "attack") took its type from a telegraphic context, so when no body draft shares it, the one body
 * draft of its disorder type, day and toll is its incident. Two or more: which one it means is unsaid.
 */
function onlyBodyDraftOfGenericLead(drafts: readonly EventDraft[], i: number, leadEnd: number): number {
  if (!drafts[i].trigger.data?.generic) return -1;
  const fitting = bodyDraftsFitting(drafts, i, leadEnd, isSameDisorderKind);
  return fitting.length === 1 ? fitting[0] : -1;
}

/**
 * "Two killed as police fire on protesters" over a body telling the protest and its two dead: a generic
 * death word ("killed") took a fight's type from a telegraphic headline, yet its toll is the body's. The one
 * body draft of any type with the same stated toll, on the same day, is its incident; two or more, and the
 * headline may mean any of them.
 */
function onlyBodyDraftOfGenericToll(drafts: readonly EventDraft[], i: number, leadEnd: number): number {
  if (!drafts[i].trigger.data?.generic || !hasStatedToll(drafts[i])) return -1;
  const fitting = bodyDraftsFitting(drafts, i, leadEnd, isSameToll);
  return fitting.length === 1 ? fitting[0] : -1;
}

function hasStatedToll(draft: EventDraft): boolean {
  const { known, best } = draft.fatalities.value;
  return known && best !== null && best > 0;
}

function isSameToll(lead: EventDraft, body: EventDraft): boolean {
  return (
    hasStatedToll(body) && lead.fatalities.value.best === body.fatalities.value.best && isSameDayOrUndated(lead, body)
  );
}

/**
 * "Taliban attack checkpoint, killing 8 police" over a body that tells the attack and adds "three attackers
 * were also killed": the headline gives the toll of one side, the body the whole. The one body draft of the
 * lead's type and day with a larger toll is its incident; two or more, and the lead may be any of them.
 */
function onlyBodyDraftWithLargerToll(drafts: readonly EventDraft[], i: number, leadEnd: number): number {
  const fitting = bodyDraftsFitting(drafts, i, leadEnd, isSameKindWithLargerToll);
  return fitting.length === 1 ? fitting[0] : -1;
}

function isSameKindWithLargerToll(lead: EventDraft, body: EventDraft): boolean {
  const [a, b] = [lead.fatalities.value, body.fatalities.value];
  const isLarger = a.known && b.known && a.best !== null && b.best !== null && a.best < b.best;
  return isLarger && lead.eventType.value === body.eventType.value && isSameDayOrUndated(lead, body);
}

/** The indexes of the body drafts (after the lead) of the lead's kind that the body does not place apart. */
function bodyDraftsFitting(
  drafts: readonly EventDraft[],
  i: number,
  leadEnd: number,
  isSameKind: (lead: EventDraft, body: EventDraft) => boolean,
): number[] {
  const lead = drafts[i];
  return drafts
    .map((body, j) =>
      j !== i && body.trigger.start >= leadEnd && isSameKind(lead, body) && !isPlacedApart(lead, body, leadEnd)
        ? j
        : -1,
    )
    .filter((j) => j >= 0);
}

/**
 * The lead's incident took in body mentions that put it elsewhere ("Crackdowns on protests in two
 * countries" and then "In Uganda, ... soldiers beat demonstrators in Kampala"): a place the body states is
 * no telegraphic misreading, and one in another country or town than the body draft's is another incident.
 */
function isPlacedApart(lead: EventDraft, body: EventDraft, leadEnd: number): boolean {
  const [a, b] = [lead.place, body.place];
  const isStatedInBody = a !== null && a.stated && a.evidence.every((s) => s.start >= leadEnd);
  return isStatedInBody && b !== null && b.stated && arePlacesApart(a.value, b.value);
}

function isSameIncidentKind(lead: EventDraft, body: EventDraft): boolean {
  return (lead.eventType.value === body.eventType.value || isTurnedViolent(lead, body)) && isSameDayAndToll(lead, body);
}

/**
 * "Protesters clash with police" over a body whose crowd throws stones: ACLED codes a demonstration whose
 * crowd turns violent as one violent demonstration, so the headline's protest is the body's riot.
 */
function isTurnedViolent(lead: EventDraft, body: EventDraft): boolean {
  return lead.eventType.value === PROTESTS && body.subEventType.value === VIOLENT_DEMONSTRATION;
}

/** A generic headline word's kind: only the disorder type, besides the day and toll. */
function isSameDisorderKind(lead: EventDraft, body: EventDraft): boolean {
  return lead.disorderType === body.disorderType && isSameDayAndToll(lead, body);
}

function isSameDayAndToll(lead: EventDraft, body: EventDraft): boolean {
  return isSameDayOrUndated(lead, body) && isCountCompatible(lead, body);
}

function isArgumentCompatible(lead: EventDraft, body: EventDraft): boolean {
  return (
    isPlaceCompatible(lead, body) &&
    isActorCompatible(lead.actor1, body.actor1, body.actor2) &&
    isActorCompatible(lead.actor2, body.actor2, body.actor1)
  );
}

function isSameDayOrUndated(lead: EventDraft, body: EventDraft): boolean {
  if (!lead.date) return true;
  return (
    body.date !== null && lead.date.value.start === body.date.value.start && lead.date.value.end === body.date.value.end
  );
}

/** No place, the same place, or a wider one in the same country (a headline names the country, the body the town). */
function isPlaceCompatible(lead: EventDraft, body: EventDraft): boolean {
  const [a, b] = [lead.place?.value, body.place?.value];
  if (!a) return true;
  if (!b || a.iso3 !== b.iso3) return false;
  return a.location === b.location || a.precision > b.precision;
}

/**
 * The lead's actor is unsaid, or the body's actor in that role (or the other: ACLED's pair has no
 * direction) or is the body's without the country the body's place adds ("Unidentified Armed Group" for
 * "Unidentified Armed Group (Burkina Faso)"), or that role is empty in the body.
 */
export function isActorCompatible(
  lead: Field<ActorValue> | null,
  same: Field<ActorValue> | null,
  other: Field<ActorValue> | null,
): boolean {
  if (!lead || !same) return true;
  return [same, other].some((body) => body !== null && baseName(body.value.name) === baseName(lead.value.name));
}

function baseName(name: string): string {
  // By hand: /\s*\([^)]*\)$/ backtracks quadratically on a long run of spaces.
  const open = name.lastIndexOf("(");
  return open >= 0 && name.endsWith(")") && !name.slice(open + 1, -1).includes(")")
    ? name.slice(0, open).trimEnd()
    : name;
}

/** Two stated death tolls that differ are two incidents (or a total and one of its parts). */
function isCountCompatible(lead: EventDraft, body: EventDraft): boolean {
  const [a, b] = [lead.fatalities.value, body.fatalities.value];
  return !a.known || !b.known || a.best === null || b.best === null || a.best === b.best;
}

/**
 * The body's draft is the record, with its type: the body tells what happened, a headline's verb is the
 * vaguer word ("kill", "attack"). The lead adds its trigger words, weapons and what the body left unsaid.
 */
function joinInto(body: EventDraft, lead: EventDraft): EventDraft {
  const joined = absorbDraft(body, lead);
  // A headline's smaller toll is one side's dead (onlyBodyDraftWithLargerToll): the body's whole toll stands.
  const isPartToll = (lead.fatalities.value.best ?? 0) < (body.fatalities.value.best ?? 0);
  return {
    ...joined,
    fatalities: isPartToll ? { ...body.fatalities, evidence: joined.fatalities.evidence } : joined.fatalities,
    date: body.date ?? lead.date,
    place: body.place ?? lead.place,
    actor1: body.actor1 ?? lead.actor1,
    actor2: body.actor2 ?? lead.actor2,
  };
}
