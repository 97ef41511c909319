// Scoring of whole-report event records, kept apart from reading and prediction so it can be tested by
// hand. A record matches a gold event when its ACLED type is one the gold type maps to
// (gold-event-types.tsv) and it shares the trigger (its trigger words overlap the gold trigger) or an
// argument span (holds a gold argument's head word). A record may stand for several gold events (an attack
// and the deaths it caused are one ACLED event), so: precision = records matching some gold event /
// records; recall = gold events matched by some record. Per matched gold event, the best record (trigger
// match first) is judged on actor1, actor2 and location (holds the head of a gold attacker / target or
// victim / place argument; judged when the gold has one) and fatalities (a Life.Die gold event wants a
// stated count above zero).
import type { EventRecord } from "../src/records/event-record.js";
import { type ArgumentEvent, HEAD_RULE, type Span } from "./score-arguments.js";

export type FieldTally = { right: number; judged: number };
export type RecordTally = {
  gold: number;
  found: number;
  records: number;
  correct: number;
  /** Records whose every matched gold event an earlier record already matched: the same event twice. */
  duplicates: number;
  actor1: FieldTally;
  actor2: FieldTally;
  location: FieldTally;
  fatalities: FieldTally;
};

export function emptyTally(): RecordTally {
  const field = () => ({ right: 0, judged: 0 });
  return {
    gold: 0,
    found: 0,
    records: 0,
    correct: 0,
    duplicates: 0,
    actor1: field(),
    actor2: field(),
    location: field(),
    fatalities: field(),
  };
}

/** What scoring reads of a record: its type, fatalities, trigger words and role-classed arguments. */
export type ScoredRecord = ArgumentEvent & {
  record: Pick<EventRecord, "event_type" | "fatalities_known" | "fatalities_best" | "fatalities_low">;
};
type PredictedEvent = ScoredRecord;

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

function sharesTrigger(gold: ArgumentEvent, record: PredictedEvent): boolean {
  return gold.triggers.some((t) => record.triggers.some((q) => overlaps(t, q)));
}

function sharesArgument(gold: ArgumentEvent, record: PredictedEvent): boolean {
  return gold.arguments.some((g) => record.arguments.some((p) => HEAD_RULE.matches(g, p)));
}

/** Tally one document: its gold events (with the ACLED types each maps to) against sitrep's records. */
export function tallyRecords(
  gold: readonly (ArgumentEvent & { acled: string[] })[],
  records: readonly PredictedEvent[],
): RecordTally {
  const tally = emptyTally();
  tally.gold = gold.length;
  tally.records = records.length;
  const compatible = (g: (typeof gold)[number], r: PredictedEvent) => g.acled.includes(r.record.event_type);
  const matchedRecords = new Set<number>();
  const goldOf: number[][] = records.map(() => []);
  gold.forEach((g, i) => {
    records.forEach((r, j) => {
      if (compatible(g, r) && (sharesTrigger(g, r) || sharesArgument(g, r))) goldOf[j].push(i);
    });
  });
  tally.duplicates = countDuplicates(goldOf);
  for (const g of gold) {
    const best = bestRecordFor(g, records);
    records.forEach((r, i) => {
      if (compatible(g, r) && (sharesTrigger(g, r) || sharesArgument(g, r))) matchedRecords.add(i);
    });
    if (best < 0) continue;
    tally.found += 1;
    judgeFields(g, records[best], tally);
  }
  tally.correct = matchedRecords.size;
  return tally;
}

/** The record judged for a gold event: the first compatible one sharing its trigger, else an argument; -1 if none. */
export function bestRecordFor(gold: ArgumentEvent & { acled: string[] }, records: readonly PredictedEvent[]): number {
  const compatible = (r: PredictedEvent) => gold.acled.includes(r.record.event_type);
  const byTrigger = records.findIndex((r) => compatible(r) && sharesTrigger(gold, r));
  return byTrigger >= 0 ? byTrigger : records.findIndex((r) => compatible(r) && sharesArgument(gold, r));
}

/** In report order: a record adding no gold event to those earlier records matched repeats one of them. */
function countDuplicates(goldOf: readonly number[][]): number {
  const matched = new Set<number>();
  let duplicates = 0;
  for (const golds of goldOf) {
    if (golds.length > 0 && golds.every((g) => matched.has(g))) duplicates += 1;
    for (const g of golds) matched.add(g);
  }
  return duplicates;
}

function judgeFields(gold: ArgumentEvent & { type?: string }, record: PredictedEvent, tally: RecordTally): void {
  const roles = [
    ["actor1", "attacker"],
    ["actor2", "target/victim"],
    ["location", "place"],
  ] as const;
  for (const [field, role] of roles) {
    const wanted = gold.arguments.filter((a) => a.role === role);
    if (wanted.length === 0) continue;
    tally[field].judged += 1;
    const said = record.arguments.filter((a) => a.role === role);
    if (wanted.some((g) => said.some((p) => HEAD_RULE.matches(g, p)))) tally[field].right += 1;
  }
  if (/^life\.die/i.test(gold.type ?? "")) {
    tally.fatalities.judged += 1;
    const r = record.record;
    if (r.fatalities_known && (r.fatalities_best ?? r.fatalities_low ?? 0) > 0) tally.fatalities.right += 1;
  }
}

export function addTallies(a: RecordTally, b: RecordTally): RecordTally {
  const field = (x: FieldTally, y: FieldTally) => ({ right: x.right + y.right, judged: x.judged + y.judged });
  return {
    gold: a.gold + b.gold,
    found: a.found + b.found,
    records: a.records + b.records,
    correct: a.correct + b.correct,
    duplicates: a.duplicates + b.duplicates,
    actor1: field(a.actor1, b.actor1),
    actor2: field(a.actor2, b.actor2),
    location: field(a.location, b.location),
    fatalities: field(a.fatalities, b.fatalities),
  };
}
