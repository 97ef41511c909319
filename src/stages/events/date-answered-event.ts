// "Strikes on Sunday, hours after the group launched a drone at the airport": the drone attack has no date
// of its own, but the cue bounds it from its answer's (lexicon/claims/response-lags.tsv). The date is
// inferred (stated: false), with the cue and the answer's date words as its evidence, and a range of
// days is coded at ACLED's time precision 2 (a few days).
import type { DateValue, Doc, EventDraft, Field, Span } from "../../doc.js";
import { readLexiconTable } from "../../lexicon.js";
import { isSayingDate } from "./is-saying-date.js";
import type { ParseTree } from "./parse-tree.js";

export type ResponseLag = { cue: RegExp; daysBeforeLeast: number; daysBeforeMost: number };

export function loadResponseLags(): ResponseLag[] {
  return readLexiconTable("claims/response-lags.tsv").map((row) => ({
    cue: new RegExp(row.pattern, "i"),
    daysBeforeLeast: Number(row.days_before_least),
    daysBeforeMost: Number(row.days_before_most),
  }));
}

/**
 * "Fighters raided a village on Wednesday, a day after militants ambushed a convoy, residents said on
 * Thursday": the answered event takes the date its cue bounds from the answer's own day when it has none,
 * or only the day someone spoke of it, which is no day of the act.
 */
export function dateAnsweredEvent(
  tree: ParseTree,
  answered: EventDraft,
  answer: EventDraft,
  cue: Span,
  lags: readonly ResponseLag[],
): void {
  if (answered.date && !isDatedBySaying(tree, answered.date)) return;
  // An answer dated only by its saying bounds no day: the act keeps the report's week (date-by-report.ts).
  if (answer.date && isDatedBySaying(tree, answer.date)) return;
  answered.date = answeredDate(tree.doc, answer, cue, lags) ?? answered.date;
}

/** A date whose one piece of evidence is a day hung on a verb of saying ("residents said on Thursday"). */
function isDatedBySaying(tree: ParseTree, date: Field<DateValue>): boolean {
  return date.evidence.length === 1 && isSayingDate(tree, date.evidence[0]);
}

/** The date `cue` gives an undated answered event from its answer's date, or null when it gives none. */
export function answeredDate(
  doc: Doc,
  answer: EventDraft,
  cue: Span,
  lags: readonly ResponseLag[],
): Field<DateValue> | null {
  const lag = lags.find((l) => l.cue.test(doc.text.slice(cue.start, cue.end)));
  // Only a day-level answer bounds the day: "hours after" a month says nothing finer than the month.
  if (!lag || !answer.date || answer.date.value.precision !== 1) return null;
  const start = shiftDays(answer.date.value.start, -lag.daysBeforeMost);
  const end = shiftDays(answer.date.value.end, -lag.daysBeforeLeast);
  return {
    value: { start, end, precision: start === end ? 1 : 2 },
    evidence: [cue, ...answer.date.evidence],
    stated: false,
  };
}

function shiftDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
