// One incident, one record, every mention cited. A report names its incident again and again after telling
// it: "the explosion", "the market attacks", "this bombing". Those words make no new record (the trigger
// finder types no bare "attack" without its instruments or target, and is-occurrence drops "claimed
// responsibility for the blast" as no new incident), but they are the incident's words: a reader checking
// the record should find each sentence that speaks of it. So a pointing noun phrase (a determiner that
// points back, or a possessive) whose noun is a trigger word of political violence joins the evidence of
// the report's one event of its kind. With several of its kind the phrase is ambiguous: it joins the one
// told last before it only from that sentence or the next. It never makes or removes a record. Phrases that point elsewhere stay out: a count or another time inside ("the two attacks", "the
// 2011 bombing"), a word that names another incident ("the previous attack"), a comparison ("similar to the
// attacks in Herat"), or a clause that says it did not happen (read-irrealis.ts). Measured on event-records:
// F1 0.407 -> 0.435 (tune 0.412 -> 0.436, check 0.399 -> 0.434), no record added or lost; the nearest
// event of its kind at any distance cost WikiEvents arguments (check 0.132 -> 0.116, a mention given to
// the wrong incident), so an ambiguous phrase now reaches only the next sentence (0.132 kept).
import { type DateValue, type Doc, type EventDraft, type Span, spansOf } from "../../doc.js";
import { removeOverlaps } from "../../text/remove-overlaps.js";
import type { EventLexicons, TriggerEntry } from "./event-lexicons.js";
import { findTriggerMatches, type TriggerMatch } from "./find-triggers.js";
import { headTokenOf, type ParseTree, uposOf } from "./parse-tree.js";
import { readIrrealis } from "./read-irrealis.js";
import { readPredicate } from "./read-predicate.js";
import { sentenceHolding } from "./sentence-of.js";

// Closed-class words that point at something the reader knows already (as is-back-reference.ts keeps them).
const POINTING = /^(?:the|this|that|these|those)$/i;
const POSSESSIVE = /['’]s$/;
// "this"/"that" before a plural is no determiner: "any group that attacks the police" is a relative clause.
const SINGULAR_POINTING = /^(?:this|that)$/i;
const PLURAL = /[^s]s$/i;
// "similar to the shootings in Herat", "unlike the attack of May": a yardstick, another incident.
const COMPARING = /^(?:to|like|unlike|than|as)$/i;
// A word inside a noun phrase: letters only, no comma or stop that ends one.
const MODIFIER_WORD = /^[\p{L}'’-]+$/u;
// Words a naming phrase holds between its determiner and its noun ("the Sunday market attacks").
const MAX_MODIFIERS = 3;
// Characters read before a trigger for its phrase: a determiner and three modifiers fit.
const PHRASE_CHARS = 80;
// Words between the determiner and the noun that leave the noun phrase ("the man who attacked"), or say
// the phrase is another incident than the one told ("the previous attack", "the first bombing").
const NOT_THIS_INCIDENT =
  /^(?:who|which|that|was|were|is|are|had|has|have|to|of|and|or|in|on|at|for|by|with|first|second|third|last|previous|earlier|next|other|another|similar|same|new|further|future|possible|latest|recent)$/i;
// A trigger word that is a verb form ("the militants attacked"): a clause of its own, no naming phrase.
const VERB_FORM = /ed$/i;
// Event types a pointing phrase may name: political violence; a generic word ("attack") names any of them.
const VIOLENT_TYPES = new Set(["Battles", "Explosions/Remote violence", "Violence against civilians"]);

type Hit = { start: number; end: number; entry: TriggerEntry };
type PointingPhrase = { dates: DateValue[] };

/** `matches`: the text's trigger matches (find-triggers.ts findTriggerMatches), when the trigger finder has them. */
export function citeIncidentMentions(
  doc: Doc,
  tree: ParseTree,
  events: EventDraft[],
  lexicons: Pick<EventLexicons, "triggers" | "triggerPatterns">,
  matches: readonly TriggerMatch[] = findTriggerMatches(doc.text, lexicons.triggers, lexicons.triggerPatterns),
): void {
  const cited = events.flatMap((e) => [e.trigger, ...e.eventType.evidence]);
  for (const hit of findViolentWords(matches)) {
    if (cited.some((s) => s.start < hit.end && hit.start < s.end)) continue;
    const phrase = readPointingPhrase(doc, tree, hit);
    const event = phrase && eventNamedBy(events, hit, spansOf(doc, "sentences"));
    if (!phrase || !event || !isSameTime(event, phrase)) continue;
    const span = { start: hit.start, end: hit.end, label: "TRIGGER", by: "events/cite-incident-mentions" };
    event.eventType = { ...event.eventType, evidence: [...event.eventType.evidence, span] };
    cited.push(span);
  }
}

/** The violent entries' matches, overlaps settled among them alone (a longer match of another type does not hide one). */
function findViolentWords(matches: readonly TriggerMatch[]): Hit[] {
  return removeOverlaps(matches.filter(({ entry }) => entry.eventType === "*" || VIOLENT_TYPES.has(entry.eventType)));
}

/** "the blast", "these deadly attacks", "Sunday's bombing": a noun phrase that names a known incident,
 * with the dates said inside it. */
function readPointingPhrase(doc: Doc, tree: ParseTree, hit: Hit): PointingPhrase | null {
  const sentence = sentenceHolding(doc, hit);
  if (!sentence) return null;
  const from = Math.max(sentence.start, hit.start - PHRASE_CHARS);
  const words = [...doc.text.slice(from, hit.start).matchAll(/\S+/g)].map((m) => ({ text: m[0], at: from + m.index }));
  const word = doc.text.slice(hit.start, hit.end);
  const opener = findOpener(words);
  if (opener < 0) return null;
  const between = words.slice(opener + 1);
  const isDeterminer = POINTING.test(words[opener].text);
  if (isDeterminer && SINGULAR_POINTING.test(words[opener].text) && between.length === 0 && PLURAL.test(word))
    return null;
  if (isDeterminer && COMPARING.test(words[opener - 1]?.text ?? "")) return null;
  if (between.some((w) => !MODIFIER_WORD.test(w.text) || NOT_THIS_INCIDENT.test(w.text))) return null;
  // From the determiner or the possessor: "Saturday's attack" says its day before the "'s".
  const phraseStart = words[opener].at;
  const isInPhrase = (s: Span) => s.start < hit.start && phraseStart < s.end;
  if (spansOf(doc, "numbers").some(isInPhrase)) return null;
  const phrase = {
    dates: spansOf(doc, "dates")
      .filter(isInPhrase)
      .flatMap((d) => (d.data ? [d.data] : [])),
  };
  const head = headTokenOf(tree, hit);
  if (head >= 0) {
    if (!/^(?:NOUN|PROPN)$/.test(uposOf(tree, head))) return null;
    const predicate = readPredicate(tree, hit);
    return !predicate || readIrrealis(tree, predicate) === null ? phrase : null;
  }
  return VERB_FORM.test(word) ? null : phrase;
}

/** The word that opens the naming phrase: a pointing determiner or a possessive, at most MAX_MODIFIERS
 * words before the trigger; -1 when none does. */
function findOpener(words: readonly { text: string }[]): number {
  for (let i = words.length - 1; i >= Math.max(0, words.length - 1 - MAX_MODIFIERS); i--) {
    if (POINTING.test(words[i].text) || POSSESSIVE.test(words[i].text)) return i;
  }
  return -1;
}

/** A day inside the phrase ("Sunday's attack") must be the event's own: another day is another incident. */
function isSameTime(event: EventDraft, phrase: PointingPhrase): boolean {
  const date = event.date?.value;
  return phrase.dates.every((d) => !!date && d.start <= date.end && date.start <= d.end);
}

/** The event a phrase names: the only one of its kind, else the one of its kind told last before it when
 * the phrase follows it in the same or the next sentence. */
function eventNamedBy(events: readonly EventDraft[], hit: Hit, sentences: readonly Span[]): EventDraft | undefined {
  const isKind = (e: EventDraft) =>
    hit.entry.eventType === "*"
      ? VIOLENT_TYPES.has(e.eventType.value)
      : e.eventType.value === hit.entry.eventType ||
        (e.otherTactics ?? []).some((t) => t.value.eventType === hit.entry.eventType);
  const kind = events.filter(isKind);
  const firstSaid = (e: EventDraft) => Math.min(e.trigger.start, ...e.eventType.evidence.map((s: Span) => s.start));
  const before = kind.filter((e) => firstSaid(e) < hit.start);
  if (kind.length === 1) return kind[0];
  if (before.length === 0) return undefined;
  const nearest = before.reduce((a, b) => (lastSaidBefore(b, hit.start) > lastSaidBefore(a, hit.start) ? b : a));
  return isNextSentence(sentences, lastSaidBefore(nearest, hit.start), hit.start) ? nearest : undefined;
}

function isNextSentence(sentences: readonly Span[], said: number, at: number): boolean {
  const index = (offset: number) => sentences.findIndex((s) => s.start <= offset && offset < s.end);
  return index(at) - index(said) <= 1;
}

function lastSaidBefore(e: EventDraft, at: number): number {
  return Math.max(...[e.trigger, ...e.eventType.evidence].map((s) => s.start).filter((s) => s < at));
}
