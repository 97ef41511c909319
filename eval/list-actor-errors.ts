// Actor errors of whole-report event records on the tune half only (issue 18): per matched gold event whose
// attacker or target the best record misses, the gold words, the record's actor evidence and the trigger's
// sentence, to study by hand. The check half is never listed: it tells whether a change generalises.
//   node --import tsx eval/list-actor-errors.ts [actor1|actor2] [--limit N]
import { join } from "node:path";
import { processText } from "../src/process.js";
import { acledTypesFor, readTypeRules, scoredTypes } from "./gold-event-types.js";
import { predictEvents } from "./predict-arguments.js";
import { readRamsDocs } from "./rams.js";
import { defaultDataDir } from "./run-eval.js";
import { type ArgumentEvent, HEAD_RULE } from "./score-arguments.js";
import { halfOf } from "./split-halves.js";
import { readWikiEventsDocs } from "./wikievents.js";

const ROLE_OF = { actor1: "attacker", actor2: "target/victim" } as const;
const args = process.argv.slice(2);
const field = args.includes("actor2") ? "actor2" : "actor1";
const limit = args.includes("--limit") ? Number(args[args.indexOf("--limit") + 1]) : Number.POSITIVE_INFINITY;
const dataDir = process.env.SITREP_EVAL_DATA ?? defaultDataDir();
const rules = readTypeRules();
const scope = scoredTypes(rules);
const docs = [
  ...readWikiEventsDocs(join(dataDir, "wikievents"), scope).map((doc) => ({ id: `wikievents:${doc.id}`, doc })),
  ...readRamsDocs(join(dataDir, "rams"), scope)
    .filter((doc) => doc.events.length > 0)
    .map((doc) => ({ id: `rams:${doc.id}`, doc })),
].filter((d) => halfOf(d.id) === "tune");

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;
let shown = 0;
let right = 0;
let judged = 0;
for (const { id, doc } of docs) {
  const records = predictEvents(doc.text, processText).events;
  for (const gold of doc.events as (ArgumentEvent & { type?: string })[]) {
    const acled = acledTypesFor(rules, gold.type ?? "");
    const fits = (r: (typeof records)[number]) => acled.includes(r.record.event_type);
    const byTrigger = records.findIndex(
      (r) => fits(r) && gold.triggers.some((t) => r.triggers.some((q) => overlaps(t, q))),
    );
    const byArgument = records.findIndex(
      (r) => fits(r) && gold.arguments.some((g) => r.arguments.some((p) => HEAD_RULE.matches(g, p))),
    );
    const best = records[byTrigger >= 0 ? byTrigger : byArgument];
    const wanted = gold.arguments.filter((a) => a.role === ROLE_OF[field]);
    if (!best || wanted.length === 0) continue;
    judged++;
    const said = best.arguments.filter((a) => a.role === ROLE_OF[field]);
    if (wanted.some((g) => said.some((p) => HEAD_RULE.matches(g, p)))) {
      right++;
      continue;
    }
    if (shown++ >= limit) continue;
    const words = (s: { start: number; end: number }) => doc.text.slice(s.start, s.end).replace(/\s+/g, " ");
    const trigger = gold.triggers[0];
    const from = Math.max(0, doc.text.lastIndexOf(".", trigger.start - 1) + 1);
    const to = doc.text.indexOf(".", trigger.end);
    console.log(`## ${id} ${gold.type} trigger "${words(trigger)}" → ${best.record.event_type}`);
    console.log(`   gold ${field}: ${wanted.map((g) => `"${words(g)}"`).join(", ")}`);
    console.log(
      `   said: ${best.record.actor1} | ${best.record.actor2} ; ${said.map((p) => `"${words(p)}"`).join(", ") || "(none)"}`,
    );
    console.log(`   ${words({ start: from, end: to < 0 ? doc.text.length : to + 1 }).trim()}`);
  }
}
console.log(`${field} on the tune half: ${right}/${judged}`);
