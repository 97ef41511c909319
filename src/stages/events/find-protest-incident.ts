// What happens at a protest is part of it. ACLED codes a demonstration once per place and day: the
// crowd's injured ("three protesters were taken to hospital"), the arrests police made ("25 people were
// arrested during the protest") and the tear gas are the protest's outcome or its intervention, never new
// events. So a protest mention, or an arrest whose sentence names the protest or its crowd, that no other
// rule joins, joins the latest protest the report told when it names no other day, no other town or
// country, and does not say it tells another one ("Separately, students rallied in ...").
import { type Doc, type LayerSpan, type Span, spansOf, spansWithin } from "../../doc.js";
import type { ActorKind, ActorNouns } from "./actor-nouns.js";
import { datesOverlap } from "./dates-overlap.js";
import type { TriggerMention } from "./find-triggers.js";
import type { Incident } from "./incident.js";
import { headOf, headTokenOf, type ParseTree, wordOf } from "./parse-tree.js";

const DEMONSTRATIONS = "Demonstrations";
const PROTESTS = "Protests";
const ARRESTS = "Arrests";
const POLITICAL_VIOLENCE = "Political violence";
const CROWD_KINDS: ReadonlySet<ActorKind> = new Set(["protesters", "rioters"]);
const VIOLENT_DEMONSTRATION = "Violent demonstration";
// "Separately, ...", "In another protest, ...": the sentence says it tells another incident.
const OTHER_INCIDENT = /\b(?:separately|elsewhere|another|earlier|previously|last (?:week|month|year))\b/i;

/**
 * `incidents`: those the mention may join (not elsewhere); `date`: the mention's own, if any;
 * `mentions`: the report's occurring mentions; `gap`: the most sentences between a protest and an arrest
 * told as its outcome; `nouns`: the actor nouns, whose crowd words name a protest's people.
 */
export function findProtestIncident(
  doc: Doc,
  tree: ParseTree,
  incidents: Incident[],
  mention: TriggerMention,
  date: LayerSpan<"dates"> | null,
  mentions: TriggerMention[],
  placeOf: (incident: Incident) => string | null,
  gap: number,
  nouns: ActorNouns,
): Incident | undefined {
  if (isToldAsAnother(doc, mention)) return undefined;
  const protest = [...incidents].reverse().find((i) => i.mentions[0].disorderType === DEMONSTRATIONS);
  if (!protest || !isSameDay(protest.date, date)) return undefined;
  const isPart =
    isForceTold(tree, protest, mention) ||
    isProtestPart(tree, spansOf(doc, "sentences")[mention.sentence], mention, mentions, nouns) ||
    isToldAgainOf(doc, protest, mention, placeOf) ||
    isFollowingArrest(doc, incidents, protest, mention, placeOf, gap);
  return isPart ? protest : undefined;
}

/**
 * "Hundreds of youths rioted in the town on Thursday ... Dozens were arrested, police said.": an arrest told
 * right after a protest or riot, with no day, place or cue of its own, is the police's answer to that crowd,
 * which ACLED codes in the demonstration's event (an intervention), never as arrests beside it.
 */
function isFollowingArrest(
  doc: Doc,
  incidents: Incident[],
  protest: Incident,
  mention: TriggerMention,
  placeOf: (incident: Incident) => string | null,
  gap: number,
): boolean {
  if (mention.subEventType !== ARRESTS) return false;
  const last = Math.max(...protest.sentences);
  const isLatest = incidents.every((i) => i === protest || Math.max(...i.sentences) <= last);
  return isLatest && mention.sentence - last <= gap && namesNoOtherPlace(doc, protest, mention, placeOf);
}

/** The mention's sentence names no place, or the protest's own town. */
function namesNoOtherPlace(
  doc: Doc,
  protest: Incident,
  mention: TriggerMention,
  placeOf: (incident: Incident) => string | null,
): boolean {
  const sentence = spansOf(doc, "sentences")[mention.sentence];
  const named = spansWithin(doc, "places", sentence.start, sentence.end).filter((p) => !p.data?.role);
  return named.length === 0 || named.some((p) => p.data?.location === placeOf(protest));
}

/**
 * "Police fired tear gas and arrested dozens ... Police said 45 people were detained": the protest already
 * holds an arrest, so an arrest with no protest word of its own is that one told again with its count. "The
 * protesters had burned tyres": a crowd's violence is the demonstration turning violent, which ACLED codes
 * as the one violent demonstration, not a riot beside the protest, unless its sentence names another place
 * than the protest's: "Some threw stones at officers in <another town>" after a protest in "the capital" is
 * elsewhere (`placeOf`: the protest's town, "the capital" read as the town it points to).
 */
function isToldAgainOf(
  doc: Doc,
  protest: Incident,
  mention: TriggerMention,
  placeOf: (incident: Incident) => string | null,
): boolean {
  if (mention.subEventType === VIOLENT_DEMONSTRATION) return namesNoOtherPlace(doc, protest, mention, placeOf);
  return mention.subEventType === ARRESTS && protest.mentions.some((m) => m.subEventType === ARRESTS);
}

/**
 * A protest word, or an arrest told with one ("arrested 15 protesters", "arrested at the march"). Not a
 * riot word: a crowd that turns to stones is told as a change of what it does, and stays as the other
 * rules join it.
 */
function isProtestPart(
  tree: ParseTree,
  sentence: Span,
  mention: TriggerMention,
  mentions: TriggerMention[],
  nouns: ActorNouns,
): boolean {
  if (mention.eventType === PROTESTS) return true;
  const isTold = (m: TriggerMention) => m.sentence === mention.sentence && m !== mention;
  if (mention.subEventType === ARRESTS) return mentions.some((m) => isTold(m) && m.eventType === PROTESTS);
  if (mention.disorderType !== POLITICAL_VIOLENCE) return false;
  // "Two people were killed when police opened fire on demonstrators": force whose own clause names the crowd
  // is the protest's intervention (ACLED: excessive force, or the violent demonstration's toll). Not "rioted
  // after a trader was shot dead": there the crowd's clause holds the killing, its cause.
  const head = headTokenOf(tree, mention.span);
  if (head < 0) return false;
  const isCrowdMention = (m: TriggerMention) =>
    isTold(m) && m.disorderType === DEMONSTRATIONS && isWithin(tree, headTokenOf(tree, m.span), head);
  // "Two marchers were shot dead": the crowd named by its noun, no protest trigger.
  const isCrowdNoun = (token: number) => CROWD_KINDS.has(nouns.kinds.get(wordOf(tree, token)) ?? "civilians");
  return mentions.some(isCrowdMention) || tokensUnder(tree, head, sentence).some(isCrowdNoun);
}

/** The tokens of the sentence that hang on the trigger's head: its clause's words. */
function tokensUnder(tree: ParseTree, head: number, sentence: Span): number[] {
  const out: number[] = [];
  for (let i = 0; i < tree.tokens.length && tree.tokens[i].start < sentence.end; i++)
    if (tree.tokens[i].start >= sentence.start && i !== head && isWithin(tree, i, head)) out.push(i);
  return out;
}

/**
 * "Two marchers were shot dead when police opened fire on the crowd": once the killing joined the protest,
 * the force of its own clause (or the clause it hangs on) is the same intervention.
 */
function isForceTold(tree: ParseTree, protest: Incident, mention: TriggerMention): boolean {
  if (mention.disorderType !== POLITICAL_VIOLENCE) return false;
  const head = headTokenOf(tree, mention.span);
  return protest.mentions.some((m) => {
    if (m.sentence !== mention.sentence || m.disorderType !== POLITICAL_VIOLENCE) return false;
    const other = headTokenOf(tree, m.span);
    return isWithin(tree, head, other) || isWithin(tree, other, head);
  });
}

/** The token hangs, through any number of heads, on `ancestor`. */
function isWithin(tree: ParseTree, token: number, ancestor: number): boolean {
  if (ancestor < 0) return false;
  for (let i = token; i >= 0; i = headOf(tree, i)) if (i === ancestor) return true;
  return false;
}

function isToldAsAnother(doc: Doc, mention: TriggerMention): boolean {
  const sentence = spansOf(doc, "sentences")[mention.sentence];
  return OTHER_INCIDENT.test(doc.text.slice(sentence.start, sentence.end));
}

/**
 * No day of its own, or one that overlaps the protest's. A dated mention never joins an undated protest:
 * that is a headline's, which join-lead-mention.ts joins to the body's protest as a whole.
 */
function isSameDay(protest: LayerSpan<"dates"> | null, own: LayerSpan<"dates"> | null): boolean {
  if (!own) return true;
  return protest !== null && datesOverlap(protest, own);
}
