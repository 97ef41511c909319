// One incident -> its records: date, place(s), actors, weapons, fatalities and injuries, each with the
// spans that support it. An incident the text puts in several countries, or in conjoined towns ("in X and
// Y", split-conjoined-towns.ts), becomes one record per place (see locateEachCountry), and one the text says
// lasted several stated days one record per day (find-day-span.ts), unless it is a strategic development,
// kept whole over the span; the counts are then shared out as ACLED does for split events (share-out.ts). An
// event against civilians is civilian targeting.
import {
  type ActorValue,
  type DateValue,
  type Doc,
  type EventDraft,
  type Field,
  field,
  type LayerSpan,
  type PlaceValue,
  spansOf,
} from "../../doc.js";
import { overlapsAny } from "../../text/span-overlap.js";
import { actorValue, assignActors } from "./assign-actors.js";
import { countFatalities } from "./count-fatalities.js";
import { countInjuries } from "./count-injuries.js";
import type { EventLexicons } from "./event-lexicons.js";
import { findAlliedForces } from "./find-allied-forces.js";
import { findCivilianTarget } from "./find-civilian-target.js";
import { findCountedVictims } from "./find-counted-victims.js";
import { findDaySpan, spanDate, widenToDuration } from "./find-day-span.js";
import { findEventSites, withSites } from "./find-event-site.js";
import { findHitForce } from "./find-hit-force.js";
import { spansInClause } from "./find-in-clause.js";
import { type ActorCountries, findParsedActor } from "./find-parsed-actor.js";
import { findRepelledSide } from "./find-repelled-side.js";
import { findReportCountry } from "./find-report-country.js";
import { findSentenceCountry } from "./find-sentence-country.js";
import { findTriggerAgent } from "./find-trigger-agent.js";
import type { TriggerMention } from "./find-triggers.js";
import { findUnnamedActor } from "./find-unnamed-actor.js";
import type { Incident } from "./incident.js";
import { associatesOf } from "./keep-clause-associates.js";
import { locateEachCountry } from "./locate-event.js";
import { REFERENCE_BY } from "./read-referring-phrase.js";
import { fillReferredActors } from "./resolve-actor-reference.js";
import type { EventsSettings } from "./settings.js";
import { describeSplit, shareOut } from "./share-out.js";
import { splitMutualSides } from "./split-mutual-sides.js";
import { CIVILIANS, isMutualFightIncident, typeByAttacker, typeByTarget } from "./type-by-target.js";
import { typeProtestIncident } from "./type-protest-incident.js";

/** ACLED's disorder type of an armed group's violence, which an attack by a community's militia is. */
const POLITICAL_VIOLENCE = "Political violence";

export function draftIncident(
  doc: Doc,
  incident: Incident,
  triggers: TriggerMention[],
  isLead: boolean,
  incidentNo: number,
  lexicons: EventLexicons,
  settings: EventsSettings,
): EventDraft[] {
  const first = incident.mentions[0];
  const sites = findEventSites(doc, incident.mentions, lexicons.siteNouns);
  const places: (Field<PlaceValue> | null)[] = withSites(
    locateEachCountry(doc, incident.mentions, triggers, settings, lexicons),
    sites,
  );
  if (places.length === 0) places.push(null);
  const roles = assignActors(doc, incident.mentions, triggers, settings, lexicons);
  fillReferredActors(doc, incident.mentions, roles, lexicons, settings);
  splitMutualSides(doc, roles, incident.mentions, lexicons.mutualFightVerbs);
  // Armed groups the lead names are its targets only when its own sentence names none, civilians included
  // ("gunmen killed five villagers" is no attack on a group named in the next sentence).
  const lead = roles.actor2.length === 0 && isLead ? leadTargets(doc, roles.actor1, settings.leadSentences) : [];
  const evidence = incident.mentions.map((m) => m.span);
  const fatalities = countFatalities(doc, incident.sentences, lexicons, incident.withheld);
  const injuries = countInjuries(doc, incident.sentences, settings, incident.withheld);
  // ACLED codes one event per day: an incident the text says lasted from one day to another becomes one
  // record per day, each with that day as its date; a strategic development keeps the span as its date.
  const span = findDaySpan(doc, incident, settings);
  const daySpan = span && !lexicons.wholeSpanEventTypes.has(first.eventType) ? span : null;
  const days: (string | null)[] = daySpan?.days ?? [null];
  const parts = { places: places.length, days: days.length };
  const widened = span ? (daySpan ? null : spanDate(span)) : widenToDuration(doc, incident);
  const reportCountry = findReportCountry(doc, settings);
  const isMutualFight = isMutualFightIncident(doc, incident.mentions, lexicons.mutualFightVerbs);
  return places.flatMap((place, p) =>
    days.map((day, d) => {
      const part = p * days.length + d;
      const country = place?.value.country ?? null;
      const iso3 = place?.value.iso3 ?? null;
      // Only a stated place makes state forces external: a country inferred from the report is a guess.
      const statedIso3 = place?.stated ? iso3 : null;
      const withInter = (f: Field<ActorValue>) => ({ ...f, value: externalise(f.value, statedIso3) });
      const statedPlace = place?.stated && country && iso3 ? { name: country, iso3 } : null;
      const countries = { place: statedPlace ?? findSentenceCountry(doc, incident), report: reportCountry };
      // An actor the text describes but does not place belongs to the event's country, else the report's.
      const { name: actorCountry = null, iso3: actorIso3 = null } = countries.place ?? reportCountry ?? {};
      const unnamed = (role: "actor1" | "actor2") =>
        firstUnnamed(doc, incident, triggers, role, countries, lexicons, settings);
      // One of several attacks a lead sums up ("jihadists killed 14 in attacks on two villages"): the
      // lead's attacker is its attacker when its own sentence names none (split-summary-lead.ts).
      const summarised = incident.summary ? { ...incident, mentions: incident.summary } : null;
      const summaryActor1 = () =>
        summarised &&
        (assignActors(doc, summarised.mentions, triggers, settings, lexicons).actor1[0] ??
          firstUnnamed(doc, summarised, triggers, "actor1", countries, lexicons, settings));
      const actor1 =
        roles.actor1[0] ??
        unnamed("actor1") ??
        summaryActor1() ??
        findTriggerAgent(doc, incident.mentions, countries, lexicons) ??
        null;
      const civilians =
        roles.actor2.length === 0 && !isMutualFight
          ? findCivilianTarget(
              doc,
              incident.mentions,
              triggers,
              incident.sentences,
              actorCountry,
              actorIso3,
              lexicons,
              settings,
            )
          : null;
      // "killing five soldiers": the incident's own dead, when not civilians, before the lead's groups.
      const counted =
        civilians || roles.actor2.length > 0
          ? null
          : findCountedVictims(doc, incident.sentences, countries, lexicons, actor1?.value.name);
      // An unplaced "six soldiers" killed by an unplaced group reads as the same placeholder: say nothing.
      const victims = counted?.value.name === actor1?.value.name ? null : counted;
      // "troops repelled an attack by X, killing scores": the side that repelled it was the side attacked.
      const repelled = findRepelledSide(doc, incident.mentions, countries.place ?? reportCountry, lexicons);
      // "bombed a police checkpoint, killing six people": the armed side the parse says was hit outranks the
      // people a count names; elsewhere the named and counted targets below come first.
      const hitForce = civilians ? findHitForce(doc, incident.mentions, countries, lexicons) : null;
      const targets = repelled
        ? [repelled]
        : civilians
          ? hitForce
            ? [hitForce, civilians]
            : [civilians]
          : roles.actor2.length > 0
            ? roles.actor2
            : victims
              ? [victims]
              : lead;
      // One phrase is never both the side that acts and the side acted on.
      const target = targets.find((a) => !sharesWords(a, actor1)) ?? unnamed("actor2");
      const actor2 =
        target && !sharesWords(target, actor1)
          ? otherSide(target, actor1, () => [...roles.actor1, unnamed("actor1")])
          : null;
      const protestTypes = typeProtestIncident(doc, incident.mentions, [fatalities, injuries], lexicons.actorNouns);
      const communal = typeByAttacker(protestTypes, actor1);
      const types = communal ?? (isMutualFight ? protestTypes : typeByTarget(protestTypes, actor2));
      return {
        eventType: field(types.eventType, evidence),
        subEventType: field(types.subEventType, evidence),
        disorderType: communal ? POLITICAL_VIOLENCE : first.disorderType,
        date:
          day && daySpan
            ? field<DateValue>({ start: day, end: day, precision: 1 }, daySpan.evidence, false)
            : (widened ?? (incident.date ? dateField(incident.date) : null)),
        actor1: actor1 ? withInter(actor1) : null,
        actor2: actor2 ? withInter(actor2) : null,
        assocActors1: [
          ...associatesOf(roles.actor1, roles.actor1[0] ?? null, roles.origins),
          ...findAlliedForces(doc, actor1, lexicons),
          ...roles.supporters.filter((s) => s.value.name !== actor1?.value.name),
        ].map(withInter),
        assocActors2: associatesOf(targets.slice(1), targets[0] ?? null, roles.origins).map(withInter),
        place,
        fatalities: shareOut(fatalities, part, parts),
        weapons: findWeapons(doc, incident.mentions, triggers, settings),
        trigger: first.span,
        injuries: shareOut(injuries, part, parts),
        civilianTargeting: actor2?.value.inter === CIVILIANS ? field("Civilian targeting", actor2.evidence) : null,
        incident: incidentNo,
        split: describeSplit(fatalities, part, parts),
      };
    }),
  );
}

function firstUnnamed(
  doc: Doc,
  incident: Incident,
  triggers: TriggerMention[],
  role: "actor1" | "actor2",
  countries: ActorCountries,
  lexicons: EventLexicons,
  settings: EventsSettings,
) {
  const { name = null, iso3 = null } = countries.place ?? countries.report ?? {};
  let guessed: Field<ActorValue> | null = null;
  for (const mention of incident.mentions) {
    const found =
      findParsedActor(doc, mention, role, countries, lexicons) ??
      findUnnamedActor(doc, mention, triggers, role, name, iso3, lexicons, settings);
    // "Troops retake town" over "Mozambican troops retook": a mention that states the actor's country
    // outranks an earlier one (a headline's) whose country is only the report's.
    if (found?.stated) return found;
    guessed ??= found;
  }
  return guessed;
}

/** "Fighting between the army and X" then "an X attack": X is the attacker, so the side named with it is the
 * attacked, not X a second time. */
function otherSide(
  target: Field<ActorValue>,
  actor1: Field<ActorValue> | null,
  agents: () => (Field<ActorValue> | null)[],
): Field<ActorValue> | null {
  if (target.value.name !== actor1?.value.name) return target;
  return agents().find((a) => a && a.value.name !== actor1.value.name) ?? null;
}

// "they clashed" after "the army and the rebels": a pronoun that stands for both sides supports both.
function sharesWords(a: Field<ActorValue>, b: Field<ActorValue> | null | undefined): boolean {
  return !!b && a.evidence.some((x) => x.by !== REFERENCE_BY && overlapsAny(b.evidence, x));
}

function dateField(span: LayerSpan<"dates">): Field<DateValue> {
  const data = span.data!;
  return {
    value: { start: data.start, end: data.end, precision: data.precision, instant: data.instant },
    evidence: [span],
    stated: data.stated,
  };
}

/** Armed groups named in the report's first sentences: the lead incident's targets when its own sentence names none. */
function leadTargets(doc: Doc, actor1: Field<ActorValue>[], leadSentences: number): Field<ActorValue>[] {
  const sentences = spansOf(doc, "sentences").slice(0, leadSentences);
  const end = sentences[sentences.length - 1]?.end ?? 0;
  const taken = new Set(actor1.map((a) => a.value.name));
  const fields: Field<ActorValue>[] = [];
  for (const entity of spansOf(doc, "entities")) {
    const inter = Number(entity.data?.inter);
    if (entity.start >= end || entity.label !== "ACTOR" || ![2, 3, 4].includes(inter)) continue;
    const value = actorValue(entity);
    if (taken.has(value.name)) continue;
    taken.add(value.name);
    fields.push({ value, evidence: [entity], stated: false });
  }
  return fields;
}

/** ACLED codes state forces acting outside their own country as external forces (inter 8). */
function externalise(actor: ActorValue, eventIso3: string | null): ActorValue {
  return actor.inter === 1 && eventIso3 && actor.country && actor.country !== eventIso3
    ? { ...actor, inter: 8 }
    : actor;
}

function findWeapons(
  doc: Doc,
  mentions: TriggerMention[],
  all: TriggerMention[],
  settings: EventsSettings,
): Field<string>[] {
  const byWeapon = new Map<string, Field<string>>();
  for (const mention of mentions) {
    for (const span of spansInClause(doc, "weapons", mention, all, settings)) {
      const name = doc.text.slice(span.start, span.end);
      const existing = byWeapon.get(name.toLowerCase());
      if (existing) existing.evidence.push(span);
      else byWeapon.set(name.toLowerCase(), { value: name, evidence: [span], stated: true });
    }
  }
  return [...byWeapon.values()];
}
