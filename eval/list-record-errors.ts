// Record errors of whole-report event records, for study: per report, each record that matches no gold
// event (FALSE), each record that only repeats gold events an earlier record matched (DUPLICATE), and each
// gold event no record matches (MISSED), with the trigger's sentence, so they can be sorted into classes by
// hand. A missed event gets a first guess at its class: a record shares its trigger but not its type
// ("wrong type"), a record shares an argument only of another type, or nothing touches it ("no record").
// Lists the tune half only unless told otherwise: the check half is for measuring, not reading.
//
//   node --import tsx eval/list-record-errors.ts [--half tune|check] [--only false|duplicate|missed]
import { join } from "node:path";
import { projectRoot } from "../src/paths.js";
import type { ArgumentDoc } from "./evaluate-arguments.js";
import { readScoredReports } from "./event-records.js";
import { acledTypesFor, readTypeRules, scoredTypes } from "./gold-event-types.js";
import { type PredictedEvent, predictEvents } from "./predict-arguments.js";
import { HEAD_RULE, type Span } from "./score-arguments.js";
import { halfOf } from "./split-halves.js";
import type { Half } from "./types.js";

const DATA = join(projectRoot(), "..", "shared", "eval");
type Gold = ArgumentDoc["events"][number] & { acled: string[] };
type Counts = Record<string, number>;

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const sharesTrigger = (g: Gold, r: PredictedEvent) => g.triggers.some((t) => r.triggers.some((q) => overlaps(t, q)));
const sharesArgument = (g: Gold, r: PredictedEvent) =>
  g.arguments.some((a) => r.arguments.some((p) => HEAD_RULE.matches(a, p)));
const matches = (g: Gold, r: PredictedEvent) =>
  g.acled.includes(r.record.event_type) && (sharesTrigger(g, r) || sharesArgument(g, r));

function sentenceOf(text: string, span: Span): string {
  const from = Math.max(0, text.lastIndexOf(".", span.start - 1) + 1, span.start - 250);
  const stop = text.indexOf(".", span.end);
  const to = Math.min(text.length, stop < 0 ? text.length : stop + 1, span.end + 250);
  const at = (s: number, e: number) => text.slice(s, e).replace(/\s+/g, " ");
  return `${at(from, span.start)}[[${at(span.start, span.end)}]]${at(span.end, to)}`.trim();
}

function missedKind(g: Gold, records: readonly PredictedEvent[]): string {
  if (records.some((r) => sharesTrigger(g, r))) return "wrong type (trigger shared)";
  if (records.some((r) => sharesArgument(g, r))) return "argument shared, other type";
  return "no record";
}

function listDocument(id: string, doc: ArgumentDoc, only: string | undefined, counts: Counts): void {
  const rules = readTypeRules();
  const gold: Gold[] = doc.events.map((e) => ({ ...e, acled: acledTypesFor(rules, e.type ?? "") }));
  const records = predictEvents(doc.text, undefined).events;
  const seen = new Set<number>();
  const show = (kind: string) => !only || kind.toLowerCase().startsWith(only);
  const goldList = gold.map((g) => `${g.type}:${doc.text.slice(g.triggers[0].start, g.triggers[0].end)}`);
  records.forEach((r, i) => {
    const golds = gold.flatMap((g, j) => (matches(g, r) ? [j] : []));
    const kind = golds.length === 0 ? "FALSE" : golds.every((j) => seen.has(j)) ? "DUPLICATE" : "";
    for (const j of golds) seen.add(j);
    if (!kind) return;
    counts[kind] = (counts[kind] ?? 0) + 1;
    if (!show(kind)) return;
    const trigger = r.triggers[0];
    console.log(
      `${kind} ${id} #${i} ${r.record.event_type} / ${r.record.sub_event_type} "${doc.text.slice(trigger.start, trigger.end)}"`,
    );
    console.log(`  ${sentenceOf(doc.text, trigger)}`);
    console.log(`  gold: ${goldList.join(" | ") || "-"}`);
  });
  gold.forEach((g, j) => {
    if (seen.has(j)) return;
    const kind = `MISSED [${missedKind(g, records)}]`;
    counts[kind] = (counts[kind] ?? 0) + 1;
    if (!show("missed")) return;
    console.log(`${kind} ${id} ${g.type} (acled ${g.acled.join("/")})`);
    console.log(`  ${sentenceOf(doc.text, g.triggers[0])}`);
    console.log(
      `  records: ${records.map((r) => `${r.record.sub_event_type}:${doc.text.slice(r.triggers[0].start, r.triggers[0].end)}`).join(" | ") || "-"}`,
    );
  });
}

function main(): void {
  const args = process.argv.slice(2);
  const wanted = (args.includes("--half") ? args[args.indexOf("--half") + 1] : "tune") as Half;
  const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : undefined;
  const scope = scoredTypes(readTypeRules());
  const docs = readScoredReports(DATA, scope).filter((d) => halfOf(d.id) === wanted);
  const counts: Counts = {};
  for (const { id, doc } of docs) listDocument(id, doc, only, counts);
  console.log(`on the ${wanted} half: ${JSON.stringify(counts)}`);
}

main();
