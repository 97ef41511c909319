// "Strikes on Sunday, hours after the group launched a drone at the airport": the drone attack has no date
// of its own, but the cue bounds it from its answer's (lexicon/claims/response-lags.tsv). The date is
// inferred (stated: false), with the cue and the answer's date words as its evidence, and a range of
// days is coded at ACLED's time precision 2 (a few days).
import type { DateValue, Doc, EventDraft, Field, Span } from "../../doc.js";
import { readLexiconTable } from "../../lexicon.js";

export type ResponseLag = { cue: RegExp; daysBeforeLeast: number; daysBeforeMost: number };

export function loadResponseLags(): ResponseLag[] {
  return readLexiconTable("claims/response-lags.tsv").map((row) => ({
    cue: new RegExp(row.pattern, "i"),
    daysBeforeLeast: Number(row.days_before_least),
    daysBeforeMost: Number(row.days_before_most),
  }));
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
