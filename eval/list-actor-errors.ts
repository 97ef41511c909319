// Actor errors of whole-report event records on the tune half only (issue 18): per matched gold event whose
// attacker or target the best record misses (judged as score-event-records.ts judges), the gold words and
// head, the record's actor evidence, the trigger's sentence and a class of the miss, then the classes
// counted, to tell where the gain is. The check half is never listed: it tells whether a change generalises.
//   node --import tsx eval/list-actor-errors.ts [actor1|actor2] [--limit N] [--quiet]
import { join } from "node:path";
import { spansOf } from "../src/doc.js";
import { processText } from "../src/process.js";
import { readScoredReports } from "./event-records.js";
import { acledTypesFor, readTypeRules, scoredTypes } from "./gold-event-types.js";
import { mapOffsetsToInput, predictEvents } from "./predict-arguments.js";
import { defaultDataDir } from "./run-eval.js";
import { type Argument, type ArgumentEvent, HEAD_RULE, type Span } from "./score-arguments.js";
import { bestRecordFor } from "./score-event-records.js";
import { halfOf } from "./split-halves.js";

const ROLE_OF = { actor1: "attacker", actor2: "target/victim" } as const;
const OTHER_ROLE = { actor1: "target/victim", actor2: "attacker" } as const;
const PRONOUN = /^(?:he|she|it|they|we|you|i|him|her|them|us|who|whom|which|that|those|one|another|others?)$/i;
const args = process.argv.slice(2);
const field = args.includes("actor2") ? "actor2" : "actor1";
const limit = args.includes("--limit") ? Number(args[args.indexOf("--limit") + 1]) : Number.POSITIVE_INFINITY;
const dataDir = process.env.SITREP_EVAL_DATA ?? defaultDataDir();
const rules = readTypeRules();
const scope = scoredTypes(rules);
const docs = readScoredReports(dataDir, scope).filter((d) => halfOf(d.id) === "tune");

type Layers = { entities: (Span & { label: string })[]; sentences: Span[] };
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const holds = (outer: Span, inner: Span) => outer.start <= inner.start && inner.end <= outer.end;

/**
 * The kind of a miss, for counting. Swapped: the gold head is in the other role's evidence. Span: the
 * evidence overlaps the gold phrase but not its head. Otherwise whether any actor was said, and what the
 * gold head is: a pronoun, a name the entities layer found, another capitalised name, a common noun; and
 * whether it lies outside the trigger's sentence (RAMS arguments may be several sentences away).
 */
function classifyMiss(
  text: string,
  gold: readonly Argument[],
  said: readonly Span[],
  other: readonly Span[],
  trigger: Span,
  layers: Layers,
): string {
  const headOf = (g: Argument) => g.head ?? g;
  if (gold.some((g) => other.some((p) => holds(p, headOf(g))))) return "swapped";
  if (gold.some((g) => said.some((p) => overlaps(g, p)))) return "span misses head";
  const where = said.length === 0 ? "no actor" : "other actor";
  const g = gold[0];
  const head = text.slice(headOf(g).start, headOf(g).end);
  const sentenceOf = (s: Span) => layers.sentences.findIndex((x) => x.start <= s.start && s.start < x.end);
  const far = sentenceOf(g) !== sentenceOf(trigger) ? ", other sentence" : "";
  const entity = layers.entities.find((e) => overlaps(e, headOf(g)));
  if (PRONOUN.test(head)) return `${where}; gold a pronoun${far}`;
  if (entity) return `${where}; gold an entity (${entity.label})${far}`;
  if (/^\p{Lu}/u.test(head)) return `${where}; gold a name not found${far}`;
  return `${where}; gold a common noun${far}`;
}

let shown = 0;
let right = 0;
let judged = 0;
const classes = new Map<string, number>();
for (const { id, doc } of docs) {
  let layers: Layers = { entities: [], sentences: [] };
  const capture: typeof processText = (text, meta) => {
    const result = processText(text, meta);
    if (!("skipped" in result)) {
      const toInput = mapOffsetsToInput(result.doc.text, text);
      const shift = <T extends Span>(s: T) => ({ ...s, start: toInput(s.start), end: toInput(s.end) });
      layers = {
        entities: spansOf(result.doc, "entities").map(shift),
        sentences: spansOf(result.doc, "sentences").map(shift),
      };
    }
    return result;
  };
  const records = predictEvents(doc.text, capture).events;
  for (const gold of doc.events as (ArgumentEvent & { type?: string })[]) {
    const best = records[bestRecordFor({ ...gold, acled: acledTypesFor(rules, gold.type ?? "") }, records)];
    const wanted = gold.arguments.filter((a) => a.role === ROLE_OF[field]);
    if (!best || wanted.length === 0) continue;
    judged++;
    const said = best.arguments.filter((a) => a.role === ROLE_OF[field]);
    if (wanted.some((g) => said.some((p) => HEAD_RULE.matches(g, p)))) {
      right++;
      continue;
    }
    const other = best.arguments.filter((a) => a.role === OTHER_ROLE[field]);
    const kind = classifyMiss(doc.text, wanted, said, other, gold.triggers[0], layers);
    classes.set(kind, (classes.get(kind) ?? 0) + 1);
    if (shown++ >= limit || args.includes("--quiet")) continue;
    const words = (s: Span) => doc.text.slice(s.start, s.end).replace(/\s+/g, " ");
    const trigger = gold.triggers[0];
    const from = Math.max(0, doc.text.lastIndexOf(".", trigger.start - 1) + 1);
    const to = doc.text.indexOf(".", trigger.end);
    console.log(`## ${id} ${gold.type} trigger "${words(trigger)}" → ${best.record.event_type} [${kind}]`);
    console.log(`   gold ${field}: ${wanted.map((g) => `"${words(g)}" (head "${words(g.head ?? g)}")`).join(", ")}`);
    console.log(
      `   said: ${best.record.actor1} | ${best.record.actor2} ; ${said.map((p) => `"${words(p)}"`).join(", ") || "(none)"}`,
    );
    console.log(`   ${words({ start: from, end: to < 0 ? doc.text.length : to + 1 }).trim()}`);
  }
}
for (const [kind, n] of [...classes].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(4)}  ${kind}`);
console.log(`${field} on the tune half: ${right}/${judged}`);
