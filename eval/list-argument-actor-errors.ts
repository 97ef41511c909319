// Attacker and target/victim errors of the argument scorers (RAMS exact span, WikiEvents head word) on the
// tune half only (issue 18): per aligned gold event (score-arguments.ts alignEvents), each gold argument
// of the role no predicted argument matches, with the predicted ones and a class, then the classes
// counted; and the predicted arguments that match nothing (false positives), counted by class too.
//   node --import tsx eval/list-argument-actor-errors.ts rams|wikievents [attacker|target] [--quiet]
import { join } from "node:path";
import { readTypeRules, scoredTypes } from "./gold-event-types.js";
import { predictArguments } from "./predict-arguments.js";
import { readRamsDocs } from "./rams.js";
import { defaultDataDir } from "./run-eval.js";
import { type Argument, alignEvents, EXACT_RULE, HEAD_RULE, type Span } from "./score-arguments.js";
import { halfOf } from "./split-halves.js";
import { readWikiEventsDocs } from "./wikievents.js";

const args = process.argv.slice(2);
const isRams = !args.includes("wikievents");
const role = args.includes("target") ? "target/victim" : "attacker";
const other = role === "attacker" ? "target/victim" : "attacker";
const rule = isRams ? EXACT_RULE : HEAD_RULE;
const dataDir = process.env.SITREP_EVAL_DATA ?? defaultDataDir();
const scope = scoredTypes(readTypeRules());
const name = isRams ? "rams" : "wikievents";
const docs = (
  isRams ? readRamsDocs(join(dataDir, "rams"), scope) : readWikiEventsDocs(join(dataDir, "wikievents"), scope)
)
  .map((doc) => ({ id: `${name}:${doc.id}`, doc }))
  .filter((d) => halfOf(d.id) === "tune");

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const misses = new Map<string, number>();
const falses = new Map<string, number>();
const count = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
let found = 0;
let gold = 0;

/** Why a gold argument was missed: what the predicted ones of the role, or of the other role, hold of it. */
function classifyMiss(g: Argument, said: readonly Span[], swapped: readonly Span[]): string {
  const head = g.head ?? g;
  if (swapped.some((p) => p.start <= head.start && head.end <= p.end)) return "swapped";
  if (said.some((p) => p.start <= head.start && head.end <= p.end)) return "holds head, span differs";
  if (said.some((p) => overlaps(p, g))) return "overlaps, misses head";
  return said.length === 0 ? "nothing predicted" : "other words predicted";
}

for (const { id, doc } of docs) {
  const predicted = predictArguments(doc.text).events;
  const aligned = alignEvents(doc.events, predicted, rule);
  doc.events.forEach((event, gi) => {
    const wanted = event.arguments.filter((a) => a.role === role);
    const p = aligned[gi] >= 0 ? predicted[aligned[gi]] : null;
    gold += wanted.length;
    if (!p) {
      for (const _ of wanted) count(misses, "event not aligned");
      return;
    }
    const said = p.arguments.filter((a) => a.role === role);
    const swapped = p.arguments.filter((a) => a.role === other);
    const words = (s: Span) => doc.text.slice(s.start, s.end).replace(/\s+/g, " ");
    for (const g of wanted) {
      if (said.some((s) => rule.matches(g, s))) {
        found++;
        continue;
      }
      const kind = classifyMiss(g, said, swapped);
      count(misses, kind);
      if (!args.includes("--quiet"))
        console.log(
          `MISS ${id} [${kind}] gold "${words(g)}" said ${said.map((s) => `"${words(s)}"`).join(", ") || "-"}`,
        );
    }
    for (const s of said.filter((s) => !wanted.some((g) => rule.matches(g, s)))) {
      const kind = wanted.some((g) => overlaps(g, s))
        ? "overlaps a gold argument"
        : event.arguments.some((g) => overlaps(g, s))
          ? "another role's gold words"
          : wanted.length === 0
            ? "event has no gold argument of the role"
            : "words of no gold argument";
      count(falses, kind);
      if (!args.includes("--quiet"))
        console.log(`FALSE ${id} [${kind}] "${words(s)}" (${p.record[role === "attacker" ? "actor1" : "actor2"]})`);
    }
  });
}
const show = (m: Map<string, number>) =>
  [...m].sort((a, b) => b[1] - a[1]).forEach(([k, n]) => console.log(`${String(n).padStart(5)}  ${k}`));
console.log(`misses (${role}, ${name} tune):`);
show(misses);
console.log("false positives:");
show(falses);
console.log(`found ${found}/${gold}`);
