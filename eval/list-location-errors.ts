// Location errors of whole-report event records, for study: per matched gold event with a place (as
// score-event-records.ts judges them), the gold place, the record's place and its evidence, and the trigger's
// sentence. Lists the tune half only unless told otherwise: the check half is for measuring, not reading.
//
//   node --import tsx eval/list-location-errors.ts [--half tune|check] [--all]
import { join } from "node:path";
import { spansOf } from "../src/doc.js";
import { projectRoot } from "../src/paths.js";
import { processText } from "../src/process.js";
import type { ArgumentDoc } from "./evaluate-arguments.js";
import { readScoredReports } from "./event-records.js";
import { acledTypesFor, readTypeRules, scoredTypes } from "./gold-event-types.js";
import { mapOffsetsToInput, predictEvents } from "./predict-arguments.js";
import { HEAD_RULE } from "./score-arguments.js";
import { bestRecordFor } from "./score-event-records.js";
import { halfOf } from "./split-halves.js";
import type { Half } from "./types.js";

const DATA = join(projectRoot(), "..", "shared", "eval");

function listDocument(id: string, doc: ArgumentDoc, showRight: boolean): { right: number; judged: number } {
  const rules = readTypeRules();
  let placeSpans: Place[] = [];
  const capture: typeof processText = (text, meta) => {
    const result = processText(text, meta);
    if (!("skipped" in result)) {
      const toInput = mapOffsetsToInput(result.doc.text, text);
      placeSpans = spansOf(result.doc, "places").map((p) => ({ start: toInput(p.start), end: toInput(p.end) }));
    }
    return result;
  };
  const records = predictEvents(doc.text, capture).events;
  let right = 0;
  let judged = 0;
  for (const event of doc.events) {
    const gold = { ...event, acled: acledTypesFor(rules, event.type ?? "") };
    const places = gold.arguments.filter((a) => a.role === "place");
    const best = bestRecordFor(gold, records);
    if (places.length === 0 || best < 0) continue;
    judged += 1;
    const record = records[best];
    const said = record.arguments.filter((a) => a.role === "place");
    const isRight = places.some((g) => said.some((p) => HEAD_RULE.matches(g, p)));
    if (isRight) right += 1;
    if (isRight && !showRight) continue;
    const quote = (s: { start: number; end: number }) => doc.text.slice(s.start, s.end);
    const trigger = gold.triggers[0];
    const from = Math.max(0, doc.text.lastIndexOf(".", trigger.start - 1) + 1, trigger.start - 300);
    const to = Math.min(doc.text.length, trigger.end + 300);
    const r = record.record;
    const kind = isRight ? "" : ` [${classifyMiss(doc.text, places, said, placeSpans)}]`;
    console.log(`${isRight ? "RIGHT" : "WRONG"} ${id} ${event.type}${kind}`);
    console.log(`  gold place: ${places.map(quote).join(" | ")}`);
    console.log(
      `  record: ${r.event_type} loc=${r.location ?? "-"} (${r.country ?? "-"}, p${r.geo_precision ?? "-"}) evidence=${said.map(quote).join(" | ") || "-"}`,
    );
    console.log(`  record triggers: ${record.triggers.map(quote).join(" | ")}`);
    console.log(`  trigger: ${quote(trigger)}; context: ${doc.text.slice(from, to).replace(/\s+/g, " ")}`);
  }
  return { right, judged };
}

type Place = { start: number; end: number; head?: { start: number; end: number } };

/**
 * The kind of a location miss, for counting: no place at all; the evidence lies inside the gold phrase but
 * not on its head word ("Istanbul" of "Istanbul airport"); the gold's head is a common noun ("the station");
 * the gold's name said elsewhere in the report; or another place.
 */
function classifyMiss(text: string, gold: readonly Place[], said: readonly Place[], found: readonly Place[]): string {
  const overlaps = (a: Place, b: Place) => a.start < b.end && b.start < a.end;
  if (gold.some((g) => said.some((p) => overlaps(g, p)))) return "head outside evidence";
  const headOf = (g: Place) => text.slice((g.head ?? g).start, (g.head ?? g).end);
  const isFound = gold.some((g) => found.some((p) => overlaps(g, p)));
  const where = said.length === 0 ? "no place chosen" : "other place chosen";
  if (isFound) return `${where}; gold found as a place`;
  if (gold.every((g) => !/^\p{Lu}/u.test(headOf(g)))) return `${where}; gold a common noun`;
  return `${where}; gold name not found`;
}

function main(): void {
  const args = process.argv.slice(2);
  const half = (args[args.indexOf("--half") + 1] ?? "tune") as Half;
  const wanted: Half = args.includes("--half") ? half : "tune";
  const scope = scoredTypes(readTypeRules());
  const docs = readScoredReports(DATA, scope).filter((d) => halfOf(d.id) === wanted);
  let right = 0;
  let judged = 0;
  for (const { id, doc } of docs) {
    const t = listDocument(id, doc, args.includes("--all"));
    right += t.right;
    judged += t.judged;
  }
  console.log(`location right ${right}/${judged} on the ${wanted} half`);
}

main();
