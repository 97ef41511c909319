// Refiners that settle a trigger's ACLED sub-event type from the words around it, in the order of the
// codebook's questions: is this political violence at all (a gas blast, a drug arrest: no), who was
// targeted (civilians → Violence against civilians, armed men → Battles), who took the ground (state
// forces regain, armed groups overtake, nobody fought → non-violent transfer), how a protest went.
import type { Doc, LayerSpan, Span } from "../../doc.js";
import { spansOf } from "../../doc.js";
import { hasBoundedMatch } from "../../text/find-bounded-matches.js";
import type { EventLexicons } from "./event-lexicons.js";

export type EventTyping = { eventType: string; subEventType: string; disorderType: string };

type Cue =
  | "civilian_target"
  | "armed_target"
  | "state_actor"
  | "non_state_actor"
  | "peaceful_transfer"
  | "protest_force"
  | "protest_violence"
  | "protest_intervention"
  | "crime"
  | "disaster"
  | "demonstrators"
  | "territory_taken"
  | "person_object"
  | "suicide"
  | "chemical_effect"
  | "people_count"
  | "phrase_end"
  | "armed_agent";

function cueRegex(cue: Cue, lexicons: EventLexicons): RegExp {
  const regex = lexicons.contextCues.get(cue);
  if (!regex) throw new Error(`events/context-cues.tsv has no cue "${cue}"`);
  return regex;
}

export function hasCue(text: string, cue: Cue, lexicons: EventLexicons): boolean {
  // What cueRegex(cue).test(text) answers, without the leading lookbehind that V8 runs at every position.
  const pattern = lexicons.contextCueTests.get(cue);
  if (!pattern) throw new Error(`events/context-cues.tsv has no cue "${cue}"`);
  return hasBoundedMatch(text, pattern);
}

/** The cue opens `text`, after blanks. */
function hasCueAtStart(text: string, cue: Cue, lexicons: EventLexicons): boolean {
  const regex = lexicons.contextCueStarts.get(cue);
  if (!regex) throw new Error(`events/context-cues.tsv has no cue "${cue}"`);
  return regex.test(text);
}

const PV = "Political violence";
const DEMO = "Demonstrations";

/** Text a refiner looks at: the trigger's sentence, split at the trigger. */
export type TriggerContext = {
  before: string;
  trigger: string;
  after: string;
  sentence: string;
  weapon: LayerSpan<"weapons"> | null;
  previous?: string;
  /** The first nationality word after the trigger ("a Palestinian"), as offsets into `after`. */
  demonym?: { start: number; end: number } | null;
};

export function buildContext(doc: Doc, sentence: Span, start: number, end: number, previous?: Span): TriggerContext {
  const weapon = spansOf(doc, "weapons").find((w) => w.start >= sentence.start && w.end <= sentence.end) ?? null;
  const norp = spansOf(doc, "entities").find((e) => e.label === "NORP" && e.start >= end && e.end <= sentence.end);
  return {
    before: doc.text.slice(sentence.start, start),
    trigger: doc.text.slice(start, end),
    after: doc.text.slice(end, sentence.end),
    sentence: doc.text.slice(sentence.start, sentence.end),
    weapon,
    previous: previous ? doc.text.slice(previous.start, previous.end) : undefined,
    demonym: norp ? { start: norp.start - end, end: norp.end - end } : null,
  };
}

/** The trigger's type after context, or null when the words say it is no political-violence event. */
export function classifyEvent(typed: EventTyping, ctx: TriggerContext, lexicons: EventLexicons): EventTyping | null {
  switch (typed.eventType) {
    case "Protests":
    case "Riots":
      return typed.subEventType === "Mob violence" ? typed : typeProtest(typed, ctx, lexicons);
    case "Battles":
      if (typed.subEventType !== "Armed clash") return typeTerritory(ctx, lexicons);
      // "protesters clashed with police": a riot, not a battle between armed groups.
      return hasCue(ctx.sentence, "demonstrators", lexicons)
        ? { eventType: "Riots", subEventType: "Violent demonstration", disorderType: DEMO }
        : typed;
    case "Explosions/Remote violence":
      if (!isLaunchedStrike(typed, ctx) && isDisaster(ctx, lexicons)) return null;
      // Shells that leave people choking or with blurred vision carried a chemical agent.
      if (hasCue(ctx.sentence, "chemical_effect", lexicons) && !/\bfacilit(?:y|ies)\b/i.test(ctx.sentence))
        return { ...typed, subEventType: "Chemical weapon" };
      // "a suicide vehicle-borne IED", "blew himself up, killing himself": the bomber died with it.
      return typed.subEventType === "Remote explosive/landmine/IED" && hasCue(ctx.sentence, "suicide", lexicons)
        ? { ...typed, subEventType: "Suicide bomb" }
        : typed;
    case "Strategic developments": {
      if (["Arrests", "Disrupted weapons use"].includes(typed.subEventType) && hasCue(ctx.sentence, "crime", lexicons))
        return null;
      // Demonstrators detained at their protest: ACLED codes the protest, with intervention.
      if (
        typed.subEventType === "Arrests" &&
        /\b(?:during|at|in|amid)\s+(?:\w+\s+){0,3}(?:protests?|demonstrations?|rall(?:y|ies))\b/i.test(ctx.after)
      ) {
        return { eventType: "Protests", subEventType: "Protest with intervention", disorderType: DEMO };
      }
      if (typed.subEventType === "Change to group/activity" && isDisaster(ctx, lexicons)) return null;
      // "troops withdrew and the militants took the town": ground changed hands without a fight.
      const isWithdrawalFrom = /^withdr/i.test(ctx.trigger) && /^\s*from\b/i.test(ctx.after);
      if (
        typed.subEventType === "Change to group/activity" &&
        (isWithdrawalFrom || hasCue(ctx.sentence, "territory_taken", lexicons)) &&
        hasCue(ctx.sentence, "peaceful_transfer", lexicons)
      ) {
        return typeTerritory(ctx, lexicons);
      }
      return typed;
    }
    case "Violence against civilians":
      if (typed.subEventType !== "Attack") return typed;
      return isDisaster(ctx, lexicons) ? null : isForceOnProtest(ctx, lexicons) ? EXCESSIVE_FORCE : typed;
    default:
      return typed;
  }
}

const EXCESSIVE_FORCE: EventTyping = {
  eventType: "Protests",
  subEventType: "Excessive force against protesters",
  disorderType: DEMO,
};

/** Violence against the people of a peaceful protest is ACLED's "excessive force against protesters". */
function isForceOnProtest(ctx: TriggerContext, lexicons: EventLexicons): boolean {
  return (
    /\b(?:protest(?:ers|ors|s)?|demonstrat(?:ors|ions?))\b/i.test(ctx.sentence) &&
    !hasCue(ctx.sentence, "protest_violence", lexicons)
  );
}

// Strikes a weapon is launched in: no accident launches a drone or a missile, so a refinery, a warehouse or a
// fire named beside one is what was hit, not the cause (isDisaster).
const LAUNCHED_STRIKES = new Set(["Air/drone strike", "Shelling/artillery/missile attack"]);

function isLaunchedStrike(typed: EventTyping, ctx: TriggerContext): boolean {
  return LAUNCHED_STRIKES.has(typed.subEventType) || LAUNCHED_STRIKES.has(String(ctx.weapon?.data?.subEventType));
}

/** Deaths in an earthquake, a plant explosion or a crash are no political violence. */
function isDisaster(ctx: TriggerContext, lexicons: EventLexicons): boolean {
  // "Explosions tore through an industrial area ... The blasts killed 50": the cause is named once.
  const text = `${ctx.previous ?? ""} ${ctx.sentence}`;
  return hasCue(text, "disaster", lexicons) && !hasCue(text, "non_state_actor", lexicons);
}

/** ACLED: demonstrators' own violence makes a riot; lethal or brutal state force against peaceful
 * demonstrators is excessive force; tear gas, arrests and dispersal are an intervention. */
function typeProtest(typed: EventTyping, ctx: TriggerContext, lexicons: EventLexicons): EventTyping {
  if (typed.eventType === "Riots" || hasCue(ctx.sentence, "protest_violence", lexicons)) {
    return { eventType: "Riots", subEventType: "Violent demonstration", disorderType: DEMO };
  }
  if (hasCue(ctx.sentence, "protest_force", lexicons)) {
    return { eventType: "Protests", subEventType: "Excessive force against protesters", disorderType: DEMO };
  }
  if (typed.subEventType === "Protest with intervention" || hasCue(ctx.sentence, "protest_intervention", lexicons)) {
    return { eventType: "Protests", subEventType: "Protest with intervention", disorderType: DEMO };
  }
  return typed;
}

/** Who took the ground decides the sub-type; ground given up without a fight is no battle at all. */
function typeTerritory(ctx: TriggerContext, lexicons: EventLexicons): EventTyping | null {
  // "a country overrun with migrants", "fields overrun with weeds": overrun "with" is being full of something;
  // ground is overrun "by" those who take it.
  if (/^\s*overr[au]n$/i.test(ctx.trigger) && /^\s*with\b/i.test(ctx.after)) return null;
  // "captured two militants", "seven men were captured": people, not ground, were taken.
  const isPassive = /\b(?:was|were|been|being)\s+$/i.test(ctx.before);
  if (/^\s*captured\b/i.test(ctx.trigger) && (isPassive || hasCueAtStart(ctx.after, "person_object", lexicons))) {
    return hasCue(ctx.sentence, "crime", lexicons)
      ? null
      : { eventType: "Strategic developments", subEventType: "Arrests", disorderType: "Strategic developments" };
  }
  if (hasCue(ctx.sentence, "peaceful_transfer", lexicons)) {
    return {
      eventType: "Strategic developments",
      subEventType: "Non-violent transfer of territory",
      disorderType: "Strategic developments",
    };
  }
  const actor = ctx.before.split(/[;:]|\bafter\b|\bwhile\b/).pop() ?? ctx.before;
  const isState = hasCue(actor, "state_actor", lexicons) && !hasCue(actor, "non_state_actor", lexicons);
  return {
    eventType: "Battles",
    subEventType: isState ? "Government regains territory" : "Non-state actor overtakes territory",
    disorderType: PV,
  };
}

/** A generic "attack", "killed", "opened fire": the instrument decides, then the target. */
export function typeGenericAttack(
  ctx: TriggerContext,
  lexicons: EventLexicons,
  targetWords: number,
): EventTyping | null {
  const weaponType = ctx.weapon
    ? { eventType: String(ctx.weapon.data!.eventType), subEventType: String(ctx.weapon.data!.subEventType) }
    : null;
  if (weaponType && weaponType.eventType === "Explosions/Remote violence") return { ...weaponType, disorderType: PV };
  if (isDisaster(ctx, lexicons)) return null;
  if (hasCue(ctx.sentence, "suicide", lexicons))
    return { eventType: "Explosions/Remote violence", subEventType: "Suicide bomb", disorderType: PV };
  const target = findTarget(ctx, lexicons, targetWords);
  if (target === "civilian")
    return isForceOnProtest(ctx, lexicons)
      ? EXCESSIVE_FORCE
      : { eventType: "Violence against civilians", subEventType: "Attack", disorderType: PV };
  if (target === "armed" || weaponType) return { eventType: "Battles", subEventType: "Armed clash", disorderType: PV };
  // "armed men stormed a hotel": attackers named as the clause's subject, and no armed side as the target,
  // make the storming one-sided violence (ACLED's Attack), as a civilian target does.
  // "soldiers opened fire on thousands of protesters": the armed men's act on a protest's crowd is force on it.
  if (isArmedAgentAct(ctx, lexicons))
    return isForceOnProtest(ctx, lexicons)
      ? EXCESSIVE_FORCE
      : { eventType: "Violence against civilians", subEventType: "Attack", disorderType: PV };
  return null;
}

// "struck a deal", "struck a balance": the one generic trigger whose object may be no target at all.
const FIGURATIVE_GENERIC = /^struck$/i;
// The attackers are the subject of the trigger itself only when it is a verb ("stormed", "opened fire"); of
// "militants launched attacks, killing 40 soldiers" the noun's target may lie past the clause.
const VERB_TRIGGER = /(?:ed|shot)$|^(?:opened fire|fired\b)/i;

/** The clause's subject, right before an active generic trigger, names armed attackers. */
function isArmedAgentAct(ctx: TriggerContext, lexicons: EventLexicons): boolean {
  if (FIGURATIVE_GENERIC.test(ctx.trigger) || !VERB_TRIGGER.test(ctx.trigger)) return false;
  if (/\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$/i.test(ctx.before)) return false;
  const words = (ctx.before.split(/[;,]/).pop() ?? "").trim().split(/\s+/);
  const subject = words.slice(-(SUBJECT_WORDS + 2)).join(" ");
  const regex = cueRegex("armed_agent", lexicons);
  const found = [...subject.matchAll(new RegExp(regex.source, `${regex.flags.replace("g", "")}g`))].pop();
  if (!found) return false;
  const wordsAfter = subject
    .slice(found.index + found[0].length)
    .split(/\s+/)
    .filter(Boolean).length;
  return wordsAfter < SUBJECT_WORDS;
}

/** "killed a Palestinian near Nablus", "shot two Afghans": a nationality word after a count or article, ending
 * its noun phrase, names people; "an Israeli tank" or "Syrian positions" name things, and their own words. */
function isDemonymPeople(ctx: TriggerContext, lexicons: EventLexicons): boolean {
  if (!ctx.demonym || ctx.demonym.start > ctx.after.length) return false;
  const lead = ctx.after.slice(0, ctx.demonym.start);
  if (lead.trim() !== "" && !isWholeCue(lead, "people_count", lexicons)) return false;
  return hasCueAtStart(ctx.after.slice(ctx.demonym.end), "phrase_end", lexicons);
}

/** The cue is all of `text`, blanks aside. */
function isWholeCue(text: string, cue: Cue, lexicons: EventLexicons): boolean {
  const regex = lexicons.contextCueStarts.get(cue);
  if (!regex) throw new Error(`events/context-cues.tsv has no cue "${cue}"`);
  const found = regex.exec(text);
  return !!found && text.slice(found[0].length).trim() === "";
}

// "by" and at most five words of who attacked, then the word that marks what was attacked.
const AGENT_THEN_TARGET = /^\s*by\s+(?:[\w'’-]+\s+){1,5}?(?:on|against|targeting)\s+/i;

// "opened fire on them": a pronoun in the target's place.
const PRONOUN_TARGET = /^\s*(?:on|at|against|targeting|upon)\s+them\b/i;
// How near the trigger a group named before it is its own clause's subject ("... soldiers opened fire").
const SUBJECT_WORDS = 3;

/**
 * "Villagers said soldiers opened fire on them": a pronoun target stands for a group named before it, but
 * never for its own clause's subject right before the trigger (a pronoun object is not its subject); the
 * last group named before that, in the sentence or else in the sentence before it.
 */
function referredTargetOf(ctx: TriggerContext, lexicons: EventLexicons): "civilian" | "armed" | null {
  const kinds = (text: string) => {
    const found: { kind: "civilian" | "armed"; end: number }[] = [];
    for (const [cue, kind] of [
      ["civilian_target", "civilian"],
      ["armed_target", "armed"],
    ] as const) {
      const regex = cueRegex(cue, lexicons);
      for (const m of text.matchAll(new RegExp(regex.source, `${regex.flags.replace("g", "")}g`)))
        found.push({ kind, end: m.index + m[0].length });
    }
    return found.sort((a, b) => a.end - b.end);
  };
  const before = kinds(ctx.before);
  const wordsAfter = (end: number) => ctx.before.slice(end).split(/\s+/).filter(Boolean).length;
  if (before.length > 0 && wordsAfter(before[before.length - 1].end) < SUBJECT_WORDS) before.pop();
  const named = before.length > 0 ? before : kinds(ctx.previous ?? "");
  return named.length > 0 ? named[named.length - 1].kind : null;
}

/** Words after an active trigger name the target ("attacked a checkpoint"); before a passive one, too
 * ("five villagers were killed"). */
function findTarget(ctx: TriggerContext, lexicons: EventLexicons, maxWords: number): "civilian" | "armed" | null {
  // "an attack by gunmen on a police post": the target follows the attackers.
  const agentFirst = AGENT_THEN_TARGET.exec(ctx.after);
  const after = ctx.after
    .slice(agentFirst?.[0].length ?? 0)
    .split(/[;,.]|\bby\b|\bwhen\b|\bafter\b/)[0]
    .split(/\s+/)
    .slice(0, maxWords)
    .join(" ");
  const isPassive = /\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$/i.test(ctx.before);
  const passiveSubject = isPassive ? (ctx.before.split(/[;,]/).pop() ?? "") : "";
  for (const text of [after, passiveSubject]) {
    // The civilian nouns a casualty count reads ("killing seven guests") name civilians here too.
    const civilian = cueRegex("civilian_target", lexicons).exec(text) ?? lexicons.civilian.inCount.exec(text);
    const armed = cueRegex("armed_target", lexicons).exec(text);
    if (civilian && (!armed || civilian.index < armed.index)) return "civilian";
    if (armed) return "armed";
  }
  const referred = PRONOUN_TARGET.test(ctx.after) ? referredTargetOf(ctx, lexicons) : null;
  if (referred) return referred;
  if (!agentFirst && isDemonymPeople(ctx, lexicons)) return "civilian";
  // "opened fire at a wedding party": a civilian place right after a target cue is what was attacked,
  // one-sided violence (ACLED's Attack) whatever the weapon, since no armed side is named against them.
  return lexicons.civilian.afterCue.test(ctx.after.slice(agentFirst?.[0].length ?? 0)) ? "civilian" : null;
}
