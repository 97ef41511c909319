// Casualty counts: "killing at least 12 people", "three soldiers were wounded", "between 10 and 15
// people were killed". The label says what the count counts (KILLED or INJURED); the events stage reads
// these for fatalities and injuries. Two patterns propose counts, then one refiner settles an amount both
// read: each count must come from the words about its own kind of casualty.
import type { LayerSpan } from "../../doc.js";
import { findAllMatches } from "../../text/find-all-matches.js";
import { isDayOfMonth, isDistance, isLengthOfTime } from "./is-time-number.js";
import type { QuantityReader } from "./parse-quantity.js";
import type { NumbersSettings } from "./settings.js";

const KILLED = "killed|dead|died|slain|executed|massacred|lost\\s+their\\s+lives";
const INJURED = "wounded|injured|hurt|maimed";
// A verb that is no killing is an injury: "wounded", and the lexicon's phrases ("were taken to hospital").
// Verbs of killing that take the dead as their object ("massacred 40 villagers", "executing 12 prisoners"),
// and nouns of killing whose "of" phrase counts the dead ("the massacre of 40 villagers", "the killing of
// three farmers"): ACLED counts these dead as the event's fatalities like "killed 40".
// "shot dead two men", "gunned down a farmer": phrasal verbs of killing, which the tagger often misreads
// ("shot" a noun), so only their words say who died.
const KILLING_VERBS =
  "killing|killed|massacred|massacring|executed|executing|murdered|murdering|slaughtered|slaughtering|" +
  "shot\\s+dead|shooting\\s+dead|gunned\\s+down|gunning\\s+down";
const KILLING_NOUNS = "killings?|massacres?|murders?|executions?|slaughter|deaths?";
// Words that end a counted noun phrase: what follows them is another phrase ("killed 12 in three attacks").
const PHRASE_ENDS = new Set(["in", "on", "at", "of", "from", "near", "and", "or", "during", "after", "by", "with"]);
const IS_KILLING = new RegExp(`^(?:${KILLED}|${KILLING_VERBS}|${KILLING_NOUNS})$`, "i");
// "killed nine villagers and wounded four others": a casualty verb right after a coordinator, with no
// auxiliary of its own, is a second verb of the clause's subject; the number before it is the first
// verb's object, not the wounded.
const AFTER_COORDINATOR = "(?<!\\b(?:and|or|but|then)\\s+)";
// "30 people were killed or wounded", "killing and wounding 40": one count of both kinds together is no
// count of either; read as the dead it would make every wounded person a death.
const BOTH_KINDS_AFTER = `(?!\\s+(?:and|or)\\s+(?:${KILLED}|${INJURED})\\b)`;
const BOTH_KINDS_BEFORE = "(?<!\\b(?:killing|killed|wounding|wounded|injuring|injured)\\s+(?:and|or)\\s+)";
// "106 protesters in 21 cities were injured": a number after one of these prepositions that counts things,
// not people, is a phrase inside the subject; the subject's own count stands before the preposition. A
// number that counts people, or no noun, is the toll itself ("resulting in 12 people killed", "in 5 dead").
// After "of" the number is the subject's only when one stands before it ("some 40 residents of two
// villages were killed", but "a total of 12 people were killed").
const PREPOSITION = /\b(?<word>in|from|across|near|on|inside|within|throughout|of)\s+$/i;

export type CasualtyCountFinder = (text: string) => LayerSpan<"numbers">[];

const AUXILIARIES = new Set(["were", "was", "have", "had", "been", "are", "is", "being"]);

/** What a pattern read: where the words start and end, the amount's words and where they start, the verb. */
type Reading = { start: number; end: number; amount: string; amountStart: number; verb: string };
/** A proposed count, and whether its verb stands before the amount. */
type Proposal = { span: LayerSpan<"numbers">; amountStart: number; isVerbFirst: boolean };

/** The casualty patterns compiled once around the quantities' pattern. */
export function createCasualtyCountFinder(
  quantities: QuantityReader,
  countedNouns: ReadonlyMap<string, string>,
  injuryPhrases: readonly string[],
  settings: NumbersSettings,
): CasualtyCountFinder {
  const amount = `(?<amount>${quantities.amount})`;
  const injured = [INJURED, ...injuryPhrases].join("|");
  const nounWords = `(?:[\\w-]+\\s+){0,${settings.casualtyNounMaxWords}}`;
  const countThenVerb = new RegExp(
    `(?<![\\w-])${amount}\\s+${nounWords}?(?:(?:were|was|have\\s+been|had\\s+been|are|is|being)\\s+|${AFTER_COORDINATOR})(?<verb>${KILLED}|${injured})\\b${BOTH_KINDS_AFTER}`,
    "gi",
  );
  // Not "left": "left 10 people wounded" says what happened to them after the noun, which countThenVerb
  // reads; "left 10 families homeless" counts no casualty at all. The amount ends a word ("killed 12 and
  // injured 30.", "killed 12, wounded 30") but is no decimal's first part.
  const verbThenCount = new RegExp(
    `${BOTH_KINDS_BEFORE}\\b(?<verb>${KILLING_VERBS}|wounding|wounded|injuring|injured)\\s+${amount}(?=\\s+\\w|[,;]|\\.(?!\\d))`,
    "gi",
  );
  // The noun's count is followed by the counted noun ("of 40 villagers"), read by isPeopleAfter.
  const nounOfCount = new RegExp(`\\b(?<verb>${KILLING_NOUNS})\\s+of\\s+${amount}(?=\\s+\\w)`, "gi");
  // The subject's count before such a preposition: "at least 106 protesters" before "in 21 cities".
  const subjectCount = new RegExp(`(?<![\\w-])${amount}\\s+${nounWords}$`, "i");
  const readSubject = (text: string, r: Reading) => {
    const nouns = subjectNouns(text, r);
    // "three of the wounded died": "the wounded" is a noun, the people a count of it, no toll of their own.
    if (nouns[nouns.length - 1] === "the") return null;
    // "a blast that killed", "a shot that killed off their hopes": the counted noun did the killing.
    if (isActiveRelative(text, r)) return null;
    if (nouns.length === 0 || nouns.some((w) => countedNouns.get(w) === "people")) return r;
    const isThing = nouns.some((w) => countedNouns.has(w));
    return readSubjectCount(text, r, subjectCount, settings, isThing);
  };
  const propose = (text: string, r: Reading | null, isVerbFirst: boolean): Proposal[] => {
    const qty = r && quantities.parseAmount(r.amount);
    if (
      !r ||
      !qty ||
      isDayOfMonth(text, r.amountStart, settings.dayOfMonthLookbackChars) ||
      isLengthOfTime(text, r.amountStart + r.amount.length, settings.unitLookaheadChars) ||
      isDistance(text, r.amountStart + r.amount.length, settings.unitLookaheadChars)
    )
      return [];
    const label = IS_KILLING.test(r.verb) ? "KILLED" : "INJURED";
    // "five bodies were taken to hospital": the dead, not the wounded.
    if (label === "INJURED" && subjectNouns(text, r).some((w) => countedNouns.get(w) === "remains")) return [];
    const span = { start: r.start, end: r.end, label, by: "numbers/casualty-pattern", data: { ...qty } };
    return [{ span, amountStart: r.amountStart, isVerbFirst }];
  };
  return (text) =>
    settleSharedAmounts([
      ...readAll(text, countThenVerb).flatMap((r) => propose(text, readSubject(text, r), false)),
      ...[...readAll(text, verbThenCount), ...readAll(text, nounOfCount)]
        .filter((r) => !countsThings(text, r, countedNouns))
        .flatMap((r) => propose(text, r, true)),
    ]);
}

// Relative pronouns: "people who were killed" counts the dead, "a blast that killed" the thing that killed.
const RELATIVE_PRONOUNS = new Set(["that", "which", "who"]);
// Verbs whose subject is the casualty in the active too: "two soldiers who died".
const SUBJECT_IS_CASUALTY = /^(?:died|dead|slain|lost\s+their\s+lives)$/i;

/**
 * The amount's noun is the subject of an active relative clause of a verb that takes the casualty as its
 * object: a relative pronoun, and no auxiliary right before the verb.
 */
function isActiveRelative(text: string, r: Reading): boolean {
  if (SUBJECT_IS_CASUALTY.test(r.verb)) return false;
  const between =
    text
      .slice(r.amountStart + r.amount.length, r.end - r.verb.length)
      .toLowerCase()
      .match(/[\w-]+/g) ?? [];
  return between.some((w) => RELATIVE_PRONOUNS.has(w)) && !AUXILIARIES.has(between[between.length - 1] ?? "");
}

/** The words between a reading's amount and its verb, auxiliaries left out: "teachers" of "three teachers were". */
function subjectNouns(text: string, r: Reading): string[] {
  const between = text.slice(r.amountStart + r.amount.length, r.end - r.verb.length);
  return (between.toLowerCase().match(/[\w-]+/g) ?? []).filter((w) => !AUXILIARIES.has(w));
}

/**
 * "the killing of two militants" counts people, "executed three raids" no one: a listed noun of things in
 * the few words right after the amount (the counted noun phrase, up to its first preposition) says so.
 */
function countsThings(text: string, r: Reading, countedNouns: ReadonlyMap<string, string>): boolean {
  const after =
    text
      .slice(r.end, r.end + 40)
      .toLowerCase()
      .match(/[\w-]+/g) ?? [];
  const phrase = after.slice(0, 3);
  const stop = phrase.findIndex((w) => PHRASE_ENDS.has(w));
  const noun = (stop < 0 ? phrase : phrase.slice(0, stop)).find((w) => countedNouns.has(w));
  return noun !== undefined && countedNouns.get(noun) !== "people";
}

function readAll(text: string, regex: RegExp): Reading[] {
  return findAllMatches(text, regex).map((m) => ({
    start: m.index!,
    end: m.index! + m[0].length,
    amount: m.groups!.amount,
    amountStart: m.index! + m[0].indexOf(m.groups!.amount),
    verb: m.groups!.verb,
  }));
}

/**
 * A count-then-verb reading whose amount is the object of a preposition and counts no people takes the
 * count before the preposition instead ("106 protesters in 21 cities were injured" is 106). With none
 * before it, a count of listed things (`isThing`: "attacks on 3 villages killed", "two attacks killed") counts
 * no dead; any other stays as read (a noun the lexicon does not list may be people: "resulting in 12 Iraqis killed").
 */
function readSubjectCount(
  text: string,
  r: Reading,
  subjectCount: RegExp,
  settings: NumbersSettings,
  isThing: boolean,
): Reading | null {
  const lookback = text.slice(Math.max(0, r.amountStart - settings.prepositionLookbackChars), r.amountStart);
  const preposition = PREPOSITION.exec(lookback);
  // "three separate attacks killed 19": a count of attacks, weapons or targets as the subject is no toll.
  if (!preposition) return isThing ? null : r;
  const phraseStart = r.amountStart - preposition[0].length;
  const before = text.slice(Math.max(0, phraseStart - settings.subjectCountLookbackChars), phraseStart);
  const subject = subjectCount.exec(before);
  // "a total of 12": an article is no count of its own.
  if (!subject || /^an?$/i.test(subject.groups!.amount))
    return isThing && preposition.groups!.word.toLowerCase() !== "of" ? null : r;
  const start = phraseStart - before.length + subject.index;
  return { ...r, start, amount: subject.groups!.amount, amountStart: start };
}

/**
 * "the blast that killed 14 people wounded 30 more": an amount right after a casualty verb is that verb's
 * object. Read again as the subject of a later casualty verb it would count the dead among the wounded,
 * so the verb before the amount keeps it.
 */
function settleSharedAmounts(proposals: Proposal[]): LayerSpan<"numbers">[] {
  const takenByVerb = new Set(proposals.filter((p) => p.isVerbFirst).map((p) => p.amountStart));
  return proposals.filter((p) => p.isVerbFirst || !takenByVerb.has(p.amountStart)).map((p) => p.span);
}
