// Event records on whole reports: what a user gets. Whole documents go through the real pipeline
// (processText) and come out as event records (toEventRecord), scored two ways:
//  - Reports with events: the WikiEvents and RAMS dev documents, their conflict, life.die / injure and
//    justice events mapped to ACLED types by eval/gold-event-types.tsv, scored by score-event-records.ts
//    (event precision / recall; actor1, actor2, location and fatalities accuracy per matched event).
//    RAMS annotates one event per window, so a correct record of another event there counts against
//    precision: its precision is a lower bound. Only RAMS windows whose event maps to ACLED are read.
//  - Reports without: eval/no-event-documents.txt (sport, business, science, disasters). Every record
//    made of them is a false alarm; gated as false events per document and share of documents with any
//    event, lower is better.
// The headline is event F1 on the reports with events.
import { join } from "node:path";
import { processText } from "../src/process.js";
import type { ArgumentDoc } from "./evaluate-arguments.js";
import { acledTypesFor, readTypeRules, scoredTypes, type TypeFilter, type TypeRule } from "./gold-event-types.js";
import { type QuietDocument, readQuietDocuments } from "./no-event-documents.js";
import { predictEvents } from "./predict-arguments.js";
import { prf } from "./prf.js";
import { readRamsDocs } from "./rams.js";
import { addTallies, emptyTally, type FieldTally, type RecordTally, tallyRecords } from "./score-event-records.js";
import { evaluateItems } from "./split-halves.js";
import type { Dataset, DatasetResult, EvalOptions, FieldScore } from "./types.js";
import { readWikiEventsDocs } from "./wikievents.js";

type Report = { kind: "report"; source: "wikievents" | "rams"; doc: ArgumentDoc };
type Quiet = { kind: "quiet"; doc: QuietDocument };
type Item = Report | Quiet;
type Scored = { kind: "report"; source: string; tally: RecordTally } | { kind: "quiet"; events: number };

const SOURCES = ["wikievents", "rams"] as const;

export const dataset: Dataset = {
  name: "event-records",
  folders: ["wikievents", "rams", "conll2003", "tempeval3", "polnear", "article-extraction"],
  evaluate: async (dir, options) => {
    // It reads several folders: the data directory, which the harness passes (dir is <data>/event-records).
    const dataDir = options.dataDir ?? join(dir, "..");
    const rules = readTypeRules();
    const scope = scoredTypes(rules);
    const items: Item[] = [
      ...readScoredReports(dataDir, scope).map(({ source, doc }): Item => ({ kind: "report", source, doc })),
      ...readQuietDocuments(dataDir).map((doc): Item => ({ kind: "quiet", doc })),
    ];
    const idOf = (item: Item) => (item.kind === "report" ? reportId(item.source, item.doc) : item.doc.id);
    return evaluateItems(
      items,
      { idOf, predict: (item) => scoreItem(item, rules, options), summarise: summariseRecords },
      options,
    );
  },
};

/** The reports with events this dataset scores, each with its id: RAMS windows whose event maps to no ACLED type are
 * left out. The error listers (list-*-errors.ts) read the same reports, so their halves are the scorer's. */
export function readScoredReports(
  dataDir: string,
  scope: TypeFilter,
): { id: string; source: Report["source"]; doc: ArgumentDoc }[] {
  return [
    ...readWikiEventsDocs(join(dataDir, "wikievents"), scope).map((doc) => ({ source: "wikievents" as const, doc })),
    ...readRamsDocs(join(dataDir, "rams"), scope)
      .filter((doc) => doc.events.length > 0)
      .map((doc) => ({ source: "rams" as const, doc })),
  ].map((report) => ({ id: reportId(report.source, report.doc), ...report }));
}

function reportId(source: Report["source"], doc: ArgumentDoc): string {
  return `${source}:${doc.id}`;
}

function scoreItem(item: Item, rules: readonly TypeRule[], options: EvalOptions): Scored {
  const process = options.processText ?? processText;
  if (item.kind === "quiet") {
    const result = process(item.doc.text, { origin: "eval", kind: item.doc.kind, published: item.doc.published });
    return { kind: "quiet", events: "doc" in result ? result.doc.events.length : 0 };
  }
  const gold = item.doc.events.map((e) => ({ ...e, acled: acledTypesFor(rules, e.type ?? "") }));
  return {
    kind: "report",
    source: item.source,
    tally: tallyRecords(gold, predictEvents(item.doc.text, process).events),
  };
}

export function summariseRecords(scored: readonly Scored[]): DatasetResult {
  const reports = scored.flatMap((s) => (s.kind === "report" ? [s] : []));
  const quiet = scored.flatMap((s) => (s.kind === "quiet" ? [s] : []));
  const total = reports.reduce((sum, r) => addTallies(sum, r.tally), emptyTally());
  const events = eventScore("events (all reports)", total);
  const perSource = SOURCES.map((source) =>
    eventScore(
      `events (${source})`,
      reports.filter((r) => r.source === source).reduce((sum, r) => addTallies(sum, r.tally), emptyTally()),
    ),
  );
  const falseEvents = quiet.reduce((n, q) => n + q.events, 0);
  const perDocument = quiet.length ? falseEvents / quiet.length : null;
  const withEvents = quiet.length ? quiet.filter((q) => q.events > 0).length / quiet.length : null;
  return {
    n: scored.length,
    unit: `documents (${reports.length} WikiEvents + RAMS reports, ${quiet.length} reporting no violence)`,
    score: events.f1,
    headline: "event F1 of whole-report event records against WikiEvents + RAMS events mapped to ACLED types",
    metrics: [
      {
        name: "falseEventsPerDocument",
        value: perDocument,
        lowerIsBetter: true,
        about: "event records per document that reports no political violence or protest",
      },
      {
        name: "quietDocumentsWithEvents",
        value: withEvents,
        lowerIsBetter: true,
        about: "share of those documents with any event record",
      },
      {
        name: "duplicateRecords",
        value: total.records ? total.duplicates / total.records : null,
        lowerIsBetter: true,
        about: "share of records that match only gold events an earlier record of the report matched",
      },
    ],
    fields: [
      events,
      ...perSource,
      accuracy("actor1", total.actor1, "an attacker"),
      accuracy("actor2", total.actor2, "a target or victim"),
      accuracy("location", total.location, "a place"),
      fatalities(total.fatalities),
    ],
    extra: {
      goldEvents: total.gold,
      records: total.records,
      duplicates: total.duplicates,
      quietDocuments: quiet.length,
      falseEvents,
    },
  };
}

function eventScore(field: string, t: RecordTally): FieldScore {
  // Precision counts records that match some gold event; recall gold events matched by some record.
  const precision = prf(t.correct, t.records - t.correct, 0).precision;
  const recall = prf(t.found, 0, t.gold - t.found).recall;
  const f1 =
    precision === null || recall === null
      ? null
      : precision + recall === 0
        ? 0
        : (2 * precision * recall) / (precision + recall);
  return {
    field,
    precision,
    recall,
    f1,
    rule: "compatible ACLED type AND shares the trigger or a gold argument's head word; a record may match several gold events",
  };
}

function accuracy(field: string, t: FieldTally, role: string): FieldScore {
  return {
    field,
    precision: null,
    recall: null,
    f1: null,
    accuracy: t.judged ? t.right / t.judged : undefined,
    rule: `per matched gold event with ${role}: the record's ${field} evidence holds its head word (${t.judged} judged)`,
  };
}

function fatalities(t: FieldTally): FieldScore {
  return {
    field: "fatalities",
    precision: null,
    recall: null,
    f1: null,
    accuracy: t.judged ? t.right / t.judged : undefined,
    rule: `per matched Life.Die gold event: the record states fatalities above zero (${t.judged} judged)`,
  };
}
