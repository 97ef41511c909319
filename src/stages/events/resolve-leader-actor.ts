// Leaders and pronouns as actors. ACLED never names a person as an actor: "President Biden ordered
// airstrikes" is coded to the forces he commands, "Military Forces of the United States". And a report
// often says "he ordered" a sentence after naming the leader ("The action was President Biden's second use
// of force ... In February, he ordered F-15E airstrikes"): the subject pronoun stands for the most recent
// person named in that sentence or the two before it. "they" is left alone: it as often means a group.

import { countryByIso3 } from "../../countries.js";
import { type ActorValue, type Doc, type Field, type LayerSpan, type Span, spansOf } from "../../doc.js";
import type { TriggerMention } from "./find-triggers.js";
import { withArticle } from "./name-generic-actor.js";
import type { EventsSettings } from "./settings.js";
import { SPEECH } from "./speech-verbs.js";

const PRONOUN = /\b(?:he|she)\b/gi;

/**
 * A named person: a PERSON name, or a leader the entities layer codes as an ACTOR (data.person: "Biden" is
 * the Government of the United States with person "Joe Biden"). Not "the Biden administration".
 */
export function isPerson(span: LayerSpan<"entities">): boolean {
  if (span.label === "PERSON") return true;
  return span.label === "ACTOR" && typeof span.data?.person === "string" && !span.data?.institution;
}

/** A leader or a government named with its country ("President Biden", "the Trump administration"). */
export function isLeaderOrGovernment(span: LayerSpan<"entities">): boolean {
  if (span.label !== "ACTOR" || !span.data?.iso3) return false;
  return (
    isPerson(span) ||
    !!span.data.institution ||
    /^Government of\b/.test(String(span.data.name)) ||
    !(Number(span.data.inter) > 0)
  );
}

/** The state forces a leader or government commands, when the text or the lexicon gives its country. */
export function leaderForces(doc: Doc, span: LayerSpan<"entities">): ActorValue | null {
  const iso3 = String(span.data?.iso3 ?? countryAt(doc, span) ?? "");
  const country = iso3 ? countryByIso3(iso3) : undefined;
  return country ? { name: `Military Forces of ${withArticle(country.name)}`, inter: 1, country: iso3 } : null;
}

/** "he ordered F-15E airstrikes" -> the forces of the person "he" stands for, with both words as evidence. */
export function resolvePronounActor(
  doc: Doc,
  mention: TriggerMention,
  all: TriggerMention[],
  settings: EventsSettings,
): Field<ActorValue> | null {
  const sentences = spansOf(doc, "sentences");
  const sentence = sentences[mention.sentence];
  const pronoun = [...doc.text.slice(sentence.start, mention.span.start).matchAll(PRONOUN)].pop();
  if (!pronoun) return null;
  const start = sentence.start + pronoun.index!;
  const gap = doc.text.slice(start + pronoun[0].length, mention.span.start);
  // "he ordered airstrikes in response to a rocket attack": the pronoun is the subject of the first trigger only.
  const isOtherTriggerBetween = all.some(
    (m) => m !== mention && m.span.start >= start && m.span.end <= mention.span.start,
  );
  if (gap.length > settings.pronounGapChars || /[.;,:]/.test(gap) || SPEECH.test(gap) || isOtherTriggerBetween)
    return null;
  const from = sentences[Math.max(0, mention.sentence - settings.pronounAntecedentSentences)].start;
  const person = spansOf(doc, "entities")
    .filter((e) => e.start >= from && e.end <= start && isPerson(e))
    .pop();
  const value = person ? leaderForces(doc, person) : null;
  if (!person || !value) return null;
  const pronounSpan: Span = {
    start,
    end: start + pronoun[0].length,
    label: "PRONOUN",
    by: "events/pronoun-antecedent",
  };
  return { value, evidence: [pronounSpan, person], stated: false };
}

/** A person's country from another entities span over the same words ("Biden" as an ACTOR with iso3). */
function countryAt(doc: Doc, span: Span): string | undefined {
  const same = spansOf(doc, "entities").find(
    (e) => e !== span && e.start <= span.start && span.end <= e.end && e.data?.iso3,
  );
  return same?.data?.iso3;
}
