// ACLED's actors for demonstrations (ACLED Codebook 2023, "Demonstrations" and "Actor names"): in a protest
// or a riot the demonstrators are actor 1 — "Protesters (Kenya)", "Rioters (Kenya)" — and whoever intervenes
// (police, soldiers, a militia) or whom rioters attack is actor 2; only in "Excessive force against
// protesters" is the force actor 1 and the protesters actor 2. The parse reads the clause's grammar ("Kenyan
// police fired tear gas at protesters": police agent, protesters patient); this puts the sides in ACLED's
// order. A trigger that is the crowd's own noun ("protesters") names the crowd; where the text names no
// crowd at all the sides stay as the clause gives them (inferring one cost RAMS argument matches).
import type { ActorValue, Doc, EventDraft, Field, Span } from "../../doc.js";
import type { ActorKind, ActorNouns } from "./actor-nouns.js";
import { findCrowdAgent } from "./find-crowd-agent.js";
import type { ActorNounLexicons } from "./find-parsed-actor.js";
import { findPurposeHostCrowd } from "./find-purpose-host-crowd.js";
import { findRiotCrowd } from "./find-riot-crowd.js";
import { type Country, type GenericActorNames, nameGenericActor } from "./name-generic-actor.js";
import { readParseTree } from "./parse-tree.js";

/** ACLED inter codes: rioters 5, protesters 6, civilians 7. */
const RIOTERS = 5;
const PROTESTERS = 6;
const CIVILIANS = 7;
// A generic crowd's name, which the event type renames: "students" read as civilians, then as protesters.
const GENERIC_CROWD = /^(?:Protesters|Rioters|Civilians)(?: \((?<country>[^)]+)\))?$/;

export function followProtestConvention(
  doc: Doc,
  draft: EventDraft,
  lexicons: ActorNounLexicons,
  reportCountry: Country | null,
): EventDraft {
  if (draft.disorderType !== "Demonstrations") return draft;
  const isRiot = draft.eventType.value === "Riots";
  const kind: ActorKind = isRiot ? "rioters" : "protesters";
  const sides = [draft.actor1, draft.actor2, ...draft.assocActors1, ...draft.assocActors2].filter(
    (a): a is Field<ActorValue> => a !== null,
  );
  // People a force fires at during a protest are its protesters; people rioters attack are their victims.
  const isCrowd = (a: Field<ActorValue>) =>
    a.value.inter === RIOTERS || a.value.inter === PROTESTERS || (!isRiot && a.value.inter === CIVILIANS);
  const found = sides.find(isCrowd);
  // "Police fired tear gas to disperse protesters": a later trigger of a protest may be the crowd's noun
  // (in a riot the crowd is the attacker, found as one; a later "demonstrators" there is not always it).
  const triggers = isRiot ? [draft.trigger] : [draft.trigger, ...draft.eventType.evidence];
  // A riot whose crowd no reader found as an actor: a crowd noun among its sides ("clashes between police and
  // protesters") is it.
  const riotCrowd = () =>
    found ? undefined : findRiotCrowd(doc, [draft.trigger, ...draft.eventType.evidence], lexicons.actorNouns);
  // "farmers blocked the road into X to protest": the crowd of a protest told as a purpose is the host's subject.
  const purposeHostCrowd = () =>
    found ? undefined : findPurposeHostCrowd(doc, readParseTree(doc), draft.trigger, lexicons.actorNouns);
  const crowdWord =
    triggers.find((t) => isCrowdWord(doc, t, lexicons.actorNouns)) ??
    (isRiot ? riotCrowd() : (findCrowdAgent(doc, triggers, lexicons.actorNouns) ?? purposeHostCrowd()));
  // Force used against protesters says there was a crowd, named or not ("killed 17 people at demonstrations").
  const isExcessiveForce = draft.subEventType.value === "Excessive force against protesters";
  // So does a force's intervention: "police fired tear gas to break up a rally" had a crowd to break up.
  const isIntervention = draft.subEventType.value === "Protest with intervention";
  // ACLED codes a peaceful protest with its demonstrators alone: a force or group named beside them is what
  // they protest ("against the arrest of an activist by security forces"), not a side; other crowds stay.
  const isPeaceful = draft.subEventType.value === "Peaceful protest";
  if (!found && !crowdWord && !isExcessiveForce && !isIntervention)
    return isPeaceful && draft.actor2 && !isCrowd(draft.actor2) ? { ...draft, actor2: null, assocActors2: [] } : draft;
  const other = isPeaceful ? null : (sides.find((a) => !isCrowd(a)) ?? null);
  const crowd = found
    ? renameCrowd(found, kind, lexicons.genericActors, reportCountry)
    : {
        value: nameGenericActor(lexicons.genericActors, kind, countryOf(draft, reportCountry)),
        evidence: [crowdWord ?? draft.trigger],
        stated: crowdWord !== undefined,
      };
  const [actor1, actor2] = isExcessiveForce ? [other, crowd] : [crowd, other];
  const chosen = new Set([found, other]);
  return {
    ...draft,
    actor1,
    actor2,
    assocActors1: draft.assocActors1.filter((a) => !chosen.has(a)),
    assocActors2: isPeaceful ? [] : draft.assocActors2.filter((a) => !chosen.has(a)),
    civilianTargeting: actor2?.value.inter === CIVILIANS ? draft.civilianTargeting : null,
  };
}

/** A generic crowd takes the event type's name ("Rioters (Kenya)" in a riot); a named group keeps its own. */
function renameCrowd(
  crowd: Field<ActorValue>,
  kind: ActorKind,
  names: GenericActorNames,
  reportCountry: Country | null,
): Field<ActorValue> {
  const match = GENERIC_CROWD.exec(crowd.value.name);
  if (!match) return crowd;
  // The country the crowd was named with ("Civilians (Kenya)") stays, under the name that gave it.
  const iso3 = crowd.value.country;
  const country = match.groups?.country && iso3 ? { name: match.groups.country, iso3 } : reportCountry;
  return { ...crowd, value: nameGenericActor(names, kind, country) };
}

/** A trigger that names the crowd itself ("protesters", "rioters") states it; "a protest" only implies one. */
function isCrowdWord(doc: Doc, trigger: Span, nouns: ActorNouns): boolean {
  const kind = nouns.kinds.get(doc.text.slice(trigger.start, trigger.end).toLowerCase());
  return kind === "protesters" || kind === "rioters";
}

/** The event's stated country, else the report's. */
function countryOf(draft: EventDraft, reportCountry: Country | null): Country | null {
  const place = draft.place;
  if (place?.stated && place.value.country && place.value.iso3)
    return { name: place.value.country, iso3: place.value.iso3 };
  return reportCountry;
}
