// Events: trigger mentions that describe something that happened, grouped into incidents, each with its
// date, place, actors, weapons and fatalities taken from the layers below and their evidence spans.
import { field, spansOf, withEvents, type ActorValue, type DateValue, type Doc, type EventDraft, type Field, type Span } from "../../doc.js";
import type { Stage } from "../../pipeline.js";
import { actorValue, assignActors } from "./assign-actors.js";
import { countFatalities } from "./count-fatalities.js";
import { spansInClause } from "./find-in-clause.js";
import { findTriggers, type TriggerMention } from "./find-triggers.js";
import { groupMentions, type Incident } from "./group-mentions.js";
import { isOccurrence } from "./is-occurrence.js";
import { locateEvent } from "./locate-event.js";

/** Sentences at the top of a report in which its lead incident's target is usually named. */
const LEAD_SENTENCES = 3;

export function findEvents(doc: Doc): EventDraft[] {
  const triggers = findTriggers(doc);
  const occurring = triggers.filter((m) => isOccurrence(doc, m));
  return groupMentions(doc, occurring).map((incident, i) => draftEvent(doc, incident, triggers, i === 0));
}

function draftEvent(doc: Doc, incident: Incident, triggers: TriggerMention[], isLead: boolean): EventDraft {
  const first = incident.mentions[0];
  const place = locateEvent(doc, incident.mentions, triggers);
  const roles = assignActors(doc, incident.mentions, triggers);
  if (roles.actor2.length === 0 && isLead) roles.actor2.push(...leadTargets(doc, roles.actor1));
  const withInter = (f: Field<ActorValue>) => ({ ...f, value: externalise(f.value, place?.value.iso3 ?? null) });
  const evidence = incident.mentions.map((m) => m.span);
  return {
    eventType: field(first.eventType, evidence),
    subEventType: field(first.subEventType, evidence),
    disorderType: first.disorderType,
    date: incident.date ? dateField(incident.date) : null,
    actor1: roles.actor1[0] ? withInter(roles.actor1[0]) : null,
    actor2: roles.actor2[0] ? withInter(roles.actor2[0]) : null,
    assocActors1: roles.actor1.slice(1).map(withInter),
    assocActors2: roles.actor2.slice(1).map(withInter),
    place,
    fatalities: countFatalities(doc, incident.sentences),
    weapons: findWeapons(doc, incident.mentions, triggers),
    trigger: first.span,
  };
}

function dateField(span: Span): Field<DateValue> {
  const data = span.data as unknown as DateValue & { stated: boolean };
  return { value: { start: data.start, end: data.end, precision: data.precision, instant: data.instant }, evidence: [span], stated: data.stated };
}

/** Armed groups named in the report's first sentences: the lead incident's targets when its own sentence names none. */
function leadTargets(doc: Doc, actor1: Field<ActorValue>[]): Field<ActorValue>[] {
  const sentences = spansOf(doc, "sentences").slice(0, LEAD_SENTENCES);
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
  return actor.inter === 1 && eventIso3 && actor.country && actor.country !== eventIso3 ? { ...actor, inter: 8 } : actor;
}

function findWeapons(doc: Doc, mentions: TriggerMention[], all: TriggerMention[]): Field<string>[] {
  const byWeapon = new Map<string, Field<string>>();
  for (const mention of mentions) {
    for (const span of spansInClause(doc, "weapons", mention, all)) {
      const name = doc.text.slice(span.start, span.end);
      const existing = byWeapon.get(name.toLowerCase());
      if (existing) existing.evidence.push(span);
      else byWeapon.set(name.toLowerCase(), { value: name, evidence: [span], stated: true });
    }
  }
  return [...byWeapon.values()];
}

export const eventsStage: Stage = {
  name: "events",
  needs: ["sentences", "entities", "dates", "places", "numbers", "weapons"],
  makes: ["events"],
  run: (doc: Doc) => withEvents(doc, findEvents(doc)),
};
