// ACLED-coded events: type, actors, place, date and fatalities (issue #7's held-out check). ACLED's own
// data is licensed to its registered users, so none ships with sitrep or ../shared/eval: put an ACLED
// export (*.csv, ACLED's column layout) in <eval dir>/acled-events/ and `sitrep eval --only acled-events`
// scores it; without the folder the dataset is reported as skipped. sitrep reads each row's `notes` (the
// coder's summary of the source report) through the real pipeline and compares its lead event with the
// row. The gold columns are read only for scoring.
import { processText } from "../src/process.js";
import { toEventRecord } from "../src/records/event-record.js";
import { pickLeadEvent } from "../src/stages/events/rank-event-types.js";
import { type AcledRow, readAcledRows } from "./acled-events-csv.js";
import { type PredictedEvent, scoreAcledRows } from "./acled-events-score.js";
import { evaluateItems } from "./split-halves.js";
import type { Dataset, EvalOptions } from "./types.js";

/** sitrep's lead event for one row's notes, or null when it finds none. Never sees the row's gold columns. */
export function predictEvent(
  notes: string,
  uploaded: string | undefined,
  process: typeof processText = processText,
): PredictedEvent | null {
  const result = process(notes, { origin: "acled-events", published: uploaded });
  if (!("doc" in result)) return null;
  const lead = pickLeadEvent(result.doc.events);
  return lead ? toEventRecord(result.doc, lead, result.doc.events.indexOf(lead)) : null;
}

export const dataset: Dataset = {
  name: "acled-events",
  evaluate: async (dir: string, options: EvalOptions) => {
    const predict = (gold: AcledRow) => ({
      gold,
      predicted: predictEvent(gold.notes, gold.uploaded, options.processText),
    });
    return evaluateItems(
      readAcledRows(dir),
      { idOf: (row) => row.id, predict, summarise: (pairs) => scoreAcledRows([...pairs]) },
      options,
    );
  },
};
