// Who did it to whom. In a trigger's sentence the actor named before the trigger (the subject, "The United
// States carried out airstrikes") or after "by" is actor 1; the one after "against", "on", "targeting"
// is actor 2. A country named as an actor stands for its military forces.
import { spansOf, type ActorValue, type Doc, type Field, type Span } from "../../doc.js";
import { clauseOf } from "./find-in-clause.js";
import type { TriggerMention } from "./find-triggers.js";

export type ActorRoles = { actor1: Field<ActorValue>[]; actor2: Field<ActorValue>[] };

// The cue, then at most three modifier words ("against two Iranian-backed militias"), then the actor.
const TARGET_CUE = /\b(?:against|on|targeting|targeted|at|hitting|struck|hit)\s+(?:[\w'’-]+\s+){0,3}$/i;
const AGENT_CUE = /\b(?:by|from)\s+(?:[\w'’-]+\s+){0,2}$/i;

export function assignActors(doc: Doc, mentions: TriggerMention[], all: TriggerMention[]): ActorRoles {
  const roles: ActorRoles = { actor1: [], actor2: [] };
  const sentences = spansOf(doc, "sentences");
  for (const mention of mentions) {
    const { end } = clauseOf(doc, mention, all);
    for (const entity of actorEntities(doc, { ...sentences[mention.sentence], end })) {
      const role = roleOf(doc, entity, mention);
      if (role) addActor(roles[role], entity);
    }
  }
  return roles;
}

function roleOf(doc: Doc, entity: Span, mention: TriggerMention): keyof ActorRoles | null {
  if (entity.end <= mention.span.start) {
    const between = doc.text.slice(entity.end, mention.span.start);
    return /[.;]/.test(between) || between.length > 80 ? null : "actor1";
  }
  const before = doc.text.slice(mention.span.end, entity.start);
  if (before.length > 120) return null;
  if (AGENT_CUE.test(before)) return "actor1";
  if (TARGET_CUE.test(before)) return "actor2";
  return null;
}

/** ACTOR and COUNTRY entities; a nationality only before "-backed" is an affiliation, not an actor. */
function actorEntities(doc: Doc, sentence: Span): Span[] {
  return spansOf(doc, "entities").filter(
    (e) => e.start >= sentence.start && e.end <= sentence.end && (e.label === "ACTOR" || (e.label === "COUNTRY" && !isLocative(doc, e))),
  );
}

/** "in Syria", "near Iraq": a place, not an actor. */
function isLocative(doc: Doc, entity: Span): boolean {
  return /\b(?:in|near|into|across|inside|within|from|to|of|and|between)\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(0, entity.start - 15), entity.start));
}

export function actorValue(entity: Span): ActorValue {
  const data = entity.data ?? {};
  if (entity.label === "COUNTRY") return { name: `Military Forces of ${withArticle(String(data.name))}`, inter: 1, country: data.iso3 as string | undefined };
  return { name: String(data.name), inter: Number(data.inter) || 0, country: data.iso3 as string | undefined };
}

/** ACLED writes "Military Forces of the United States", "of the Philippines": plural and "United ..." names take "the". */
function withArticle(country: string): string {
  return /^(United|Democratic|Central African|Dominican|Czech|Netherlands|Philippines|Gambia|Bahamas|Comoros|Maldives|Marshall|Solomon)/.test(country) ? `the ${country}` : country;
}

function addActor(list: Field<ActorValue>[], entity: Span) {
  const value = actorValue(entity);
  const existing = list.find((f) => f.value.name === value.name);
  if (existing) existing.evidence.push(entity);
  else list.push({ value, evidence: [entity], stated: entity.label === "ACTOR" });
}
