// Everything the events stage reads from disk, loaded once per stage (createEventsStage, on its first
// document) and passed down: the trigger words (lexicon/events/triggers.tsv), the context cues that settle a
// trigger's type (context-cues.tsv), the PLOVER verb cues (plover-cues.tsv), the ACLED → CAMEO → PLOVER
// tables, the civilian and unnamed armed-group nouns (lexicon/incidents/), and the actor nouns, ACLED's
// names for unnamed actors and the words of a claim of responsibility (lexicon/actors/). The syntax
// stage's sentence choice loads its own (src/pipeline.ts). Tests load one per process (src/testing/test-resources.ts).

import { loadPatternLines, readLexiconLines, readLexiconTable, spacePattern } from "../../lexicon.js";
import { type BoundedPattern, makeBoundedPattern } from "../../text/find-bounded-matches.js";
import { type BoundedPatternSet, makeBoundedPatternSet } from "../../text/find-each-bounded-match.js";
import { type ActorNouns, loadActorNouns } from "./actor-nouns.js";
import { loadResponseLags, type ResponseLag } from "./date-answered-event.js";
import { type ImpliedActors, loadImpliedActors } from "./imply-unnamed-actors.js";
import { loadOutOfOfficeWords, type OutOfOfficeWords } from "./is-out-of-office.js";
import { loadSourceWords, type SourceWords } from "./is-source-place.js";
import { loadSupportCue, type SupportCue } from "./is-supporter.js";
import { type GenericActorNames, loadGenericActorNames } from "./name-generic-actor.js";
import { loadQuietLexicons, type QuietLexicons } from "./quiet-lexicons.js";
import { loadReferringNouns, type ReferringNouns } from "./read-referring-phrase.js";
import { loadResponsibilityClaims, type ResponsibilityClaims } from "./responsibility-claims.js";

/** A trigger pattern and the ACLED type it proposes ("*" sub-event type: a generic attack). */
export type TriggerEntry = { pattern: BoundedPattern; eventType: string; subEventType: string; disorderType: string };
export type PloverCue = { regex: RegExp; cameo: string };
export type PloverCode = { type: string; mode: string };
/** The noun right after a target cue ("opened fire on villagers"), and a noun anywhere ("two civilians"). */
export type CivilianPatterns = { afterCue: RegExp; inCount: RegExp; place: RegExp };
/** The noun among a trigger's modifiers ("a militia attack"), and right after a target cue ("strikes on militants"). */
export type UnnamedActorPatterns = { asModifier: RegExp; asTarget: RegExp };

export type EventLexicons = {
  triggers: TriggerEntry[];
  /** The triggers' patterns as one set, searched together (find-each-bounded-match.ts). */
  triggerPatterns: BoundedPatternSet;
  /** Context cue name ("civilian_target", "disaster", ...) -> its pattern. */
  contextCues: ReadonlyMap<string, RegExp>;
  /** The same cues with their "not after a letter" part apart, for a yes-or-no test (find-bounded-matches.ts). */
  contextCueTests: ReadonlyMap<string, BoundedPattern>;
  /** The same cues where a text starts, after blanks ("captured | two militants"). */
  contextCueStarts: ReadonlyMap<string, RegExp>;
  ploverCues: PloverCue[];
  /** ACLED sub-event type -> CAMEO code. */
  acledToCameo: ReadonlyMap<string, string>;
  /** CAMEO code -> PLOVER type and mode. */
  cameoToPlover: ReadonlyMap<string, PloverCode>;
  civilian: CivilianPatterns;
  unnamedActor: UnnamedActorPatterns;
  /** Nouns that describe an actor ("gunmen", "soldiers") and ACLED's names for them (lexicon/actors/). */
  actorNouns: ActorNouns;
  genericActors: GenericActorNames;
  /** The generic actor a sub-event type implies for a role the report leaves empty (imply-unnamed-actors.ts). */
  impliedActors: ImpliedActors;
  /** "the group", "the militants": nouns of a description that points back at a named actor, by kind. */
  referringNouns: ReferringNouns;
  responsibilityClaims: ResponsibilityClaims;
  /** Verbs of two sides fighting each other ("clashed", "fought"): joined subjects are both sides. */
  mutualFightVerbs: ReadonlySet<string>;
  /** "the two sides", "both parties": a phrase that points back at both sides of a battle (share-named-sides.ts). */
  pairPhrase: RegExp;
  /** "backed by", "alongside": the words before a name that make it a backer, not a side (is-supporter.ts). */
  supportCue: SupportCue;
  /** "strikes", "shelling": a country modifying one as a verb's subject is the force that acted. */
  attackNouns: ReadonlySet<string>;
  /** "supporters", "youths": as actor 1 of violence they are rioters (find-parsed-actor.ts). */
  partisanNouns: ReadonlySet<string>;
  /** "former", "ousted": a leader so named commands no forces (out-of-office-words.tsv). */
  outOfOffice: OutOfOfficeWords;
  /** Nouns (lower case) of illnesses, hazards, accidents, animals and things, with their WordNet class. */
  nonViolentCauses: ReadonlyMap<string, string>;
  quiet: QuietLexicons;
  /** "war", "insurgency": nouns of a conflict, whose perfect-tense toll is a total (is-perfect-total.ts). */
  periodNouns: ReadonlySet<string>;
  /** "took place", "happened": verbs by which a sentence pointing back tells its incident's day (group-mentions.ts). */
  occurrenceVerbs: RegExp;
  /** "across the country", "in separate attacks": a lead that sums up events told after it (date-roundup-details.ts). */
  roundupCues: RegExp[];
  /** Words that say a toll is unverified ("could not be independently verified"): a claimed toll. */
  unverifiedCues: RegExp[];
  /** Nouns of a building, street or area ("station", "home"): a locative phrase they head is an event's site. */
  siteNouns: ReadonlySet<string>;
  /** "repelled", "thwarted": their subject is the side an attack that is their object was on. */
  repellingVerbs: ReadonlySet<string>;
  /** Verbs whose named patient is one death (count-named-victims.ts). */
  killingVerbs: ReadonlySet<string>;
  /** Person nouns plural without an "s" ("men", "people"): no one victim (count-named-victims.ts). */
  plurals: ReadonlySet<string>;
  /** One-word settlement nouns ("the city", "the town"): a clause's pointer back to the last town named. */
  settlementWords: ReadonlySet<string>;
  /** "according to", "a doctor": the words of a report's source, whose place is not the event's (is-source-place.ts). */
  sourceWords: SourceWords;
  /** How many days before its answer an event told backwards took place, by cue (date-answered-event.ts). */
  responseLags: ResponseLag[];
  /** ACLED event types a span of stated days leaves one record, not one a day (find-day-span.ts). */
  wholeSpanEventTypes: ReadonlySet<string>;
  /** "after", "following": a phrase they open tells what an incident followed (withhold-antecedent-phrases.ts). */
  antecedentMarkers: ReadonlySet<string>;
};

export function loadEventLexicons(): EventLexicons {
  const triggers = loadTriggers();
  return {
    triggers,
    triggerPatterns: makeBoundedPatternSet(triggers.map((entry) => entry.pattern)),
    ...loadContextCues(),
    ploverCues: loadPloverCues(),
    acledToCameo: new Map(readLexiconTable("events/acled-to-cameo.tsv").map((row) => [row.sub_event_type, row.cameo])),
    cameoToPlover: loadCameoToPlover(),
    civilian: loadCivilianPatterns(),
    unnamedActor: loadUnnamedActorPatterns(),
    actorNouns: loadActorNouns(),
    genericActors: loadGenericActorNames(),
    impliedActors: loadImpliedActors(),
    referringNouns: loadReferringNouns(),
    responsibilityClaims: loadResponsibilityClaims(),
    mutualFightVerbs: new Set(readLexiconLines("actors/mutual-fight-verbs.txt")),
    pairPhrase: loadPairPhrase(),
    supportCue: loadSupportCue(),
    partisanNouns: new Set(readLexiconLines("actors/partisan-nouns.txt").map((w) => w.trim().toLowerCase())),
    outOfOffice: loadOutOfOfficeWords(),
    attackNouns: new Set(readLexiconLines("actors/attack-nouns.txt").map((w) => w.trim().toLowerCase())),
    nonViolentCauses: new Map(
      readLexiconLines("events/non-violent-causes.tsv").map((l) => l.split("\t") as [string, string]),
    ),
    quiet: loadQuietLexicons(),
    periodNouns: new Set(readLexiconLines("events/period-nouns.txt")),
    unverifiedCues: loadPatternLines("claims/unverified-cues.txt"),
    roundupCues: loadPatternLines("events/roundup-cues.txt"),
    occurrenceVerbs: new RegExp(
      `\\b(?:${readLexiconLines("events/occurrence-verbs.txt").map(spacePattern).join("|")})\\b`,
      "i",
    ),
    responseLags: loadResponseLags(),
    sourceWords: loadSourceWords(),
    wholeSpanEventTypes: new Set(readLexiconLines("events/whole-span-event-types.txt")),
    antecedentMarkers: new Set(readLexiconLines("events/antecedent-markers.txt")),
    siteNouns: new Set(readLexiconLines("places/site-nouns.txt")),
    repellingVerbs: new Set(readLexiconLines("events/repelling-verbs.txt").map((w) => w.trim().toLowerCase())),
    killingVerbs: new Set(readLexiconLines("events/killing-verbs.txt").map((w) => w.trim().toLowerCase())),
    plurals: new Set(readLexiconLines("events/irregular-plurals.txt").map((w) => w.trim().toLowerCase())),
    settlementWords: new Set(
      readLexiconLines("places/settlement-words.txt")
        .map((w) => w.trim().toLowerCase())
        .filter((w) => !w.includes(" ")),
    ),
  };
}

/** One pattern of the pair phrases, each a whole phrase. */
function loadPairPhrase(): RegExp {
  const phrases = readLexiconLines("actors/pair-phrases.txt").map((l) => l.trim().replace(/\s+/g, "\\s+"));
  return new RegExp(`\\b(?:${phrases.join("|")})\\b`, "i");
}

function loadTriggers(): TriggerEntry[] {
  return readLexiconTable("events/triggers.tsv").map((row) => ({
    pattern: makeBoundedPattern("[\\p{L}\\p{N}-]", `(?:${spacePattern(row.pattern)})(?![\\p{L}\\p{N}])`, "giu"),
    eventType: row.event_type,
    subEventType: row.sub_event_type,
    disorderType: row.disorder_type,
  }));
}

function loadContextCues(): Pick<EventLexicons, "contextCues" | "contextCueTests" | "contextCueStarts"> {
  const rows = readLexiconTable("events/context-cues.tsv");
  const body = (pattern: string) => `(?:${spacePattern(pattern)})(?![\\p{L}\\p{N}])`;
  return {
    contextCues: new Map(rows.map((row) => [row.cue, new RegExp(`(?<![\\p{L}\\p{N}-])${body(row.pattern)}`, "iu")])),
    contextCueTests: new Map(
      rows.map((row) => [row.cue, makeBoundedPattern("[\\p{L}\\p{N}-]", body(row.pattern), "iu")]),
    ),
    contextCueStarts: new Map(rows.map((row) => [row.cue, new RegExp(`^\\s*${body(row.pattern)}`, "iu")])),
  };
}

function loadPloverCues(): PloverCue[] {
  return readLexiconTable("events/plover-cues.tsv").map((row) => ({
    regex: new RegExp(`(?<![\\p{L}\\p{N}-])(?:${spacePattern(row.pattern)})(?![\\p{L}\\p{N}])`, "iu"),
    cameo: row.cameo,
  }));
}

/** "195: ASSAULT, heavy-weapons, military # Employ aerial weapons" lines of the PLOVER table. */
function loadCameoToPlover(): Map<string, PloverCode> {
  return new Map(
    readLexiconLines("events/cameo-to-plover.txt").flatMap((line) => {
      const match = /^(\d{2,4}):\s*([A-Z]+)\s*(?:,\s*([^,#]*))?/.exec(line);
      return match ? [[match[1], { type: match[2], mode: (match[3] ?? "").trim() }] as const] : [];
    }),
  );
}

/** A named group `noun`: the longest of the lists' nouns first, spaces as any whitespace. */
function nounGroup(files: string | string[]): string {
  const nouns = [files]
    .flat()
    .flatMap((file) => readLexiconLines(file))
    .map((w) => w.trim().replace(/ /g, "\\s+"));
  return `(?<noun>${nouns.sort((a, b) => b.length - a.length).join("|")})`;
}

function loadCivilianPatterns(): CivilianPatterns {
  const NOUN = nounGroup("incidents/civilian-nouns.txt");
  // After a target cue a civilian place says who was attacked too ("an attack on a market").
  const TARGET = nounGroup(["incidents/civilian-nouns.txt", "incidents/civilian-places.txt"]);
  return {
    afterCue: new RegExp(
      String.raw`^\s*(?:\w+\s+){0,2}?(?:on|at|against|targeting)\s+(?:(?:the|a|an|unarmed|local|[\d,]+|\w+)\s+){0,2}?${TARGET}\b`,
      "i",
    ),
    inCount: new RegExp(String.raw`\b${NOUN}\b`, "i"),
    place: new RegExp(String.raw`^${nounGroup("incidents/civilian-places.txt")}$`, "i"),
  };
}

function loadUnnamedActorPatterns(): UnnamedActorPatterns {
  const NOUN = nounGroup("incidents/unnamed-armed-groups.txt");
  return {
    // The noun among the trigger's modifiers: "a June 9 militia attack", "militia drone attacks".
    asModifier: new RegExp(String.raw`\b${NOUN}\s+(?<between>(?:[\w'’-]+\s+){0,2})$`, "i"),
    // The noun right after a target cue: "airstrikes on militia rocket storage", "strikes against militants".
    asTarget: new RegExp(
      String.raw`^\s*(?:against|on|targeting|at)\s+(?:(?:the|a|an|suspected|alleged)\s+)?${NOUN}\b`,
      "i",
    ),
  };
}
