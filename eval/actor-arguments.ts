// Actor 1 / actor 2 of sitrep's violent records against the gold attacker and target/victim arguments of
// every WikiEvents and RAMS dev event of the attack / die / injure types (score-actor-arguments.ts says how
// a record is aligned and judged). A larger sample of the actor reading than event-records' per-field rows,
// which judge only gold events matched by a record of a compatible ACLED type (issue 18). Prints tune and
// check apart; `--list` prints the misses of the TUNE half only, to study by hand: the check half is for
// the verdict, never read.
//   node --import tsx eval/actor-arguments.ts [--list actor1|actor2] [--limit N]
import { join } from "node:path";
import { processText } from "../src/process.js";
import type { ArgumentDoc } from "./evaluate-arguments.js";
import { predictArguments } from "./predict-arguments.js";
import { readRamsDocs } from "./rams.js";
import { defaultDataDir } from "./run-eval.js";
import {
  type ActorField,
  type ActorTallies,
  type ActorVerdict,
  actorAccuracy,
  emptyActorTallies,
  judgeActors,
  ROLE_OF,
  tallyVerdicts,
} from "./score-actor-arguments.js";
import type { Span } from "./score-arguments.js";
import { halfOf } from "./split-halves.js";
import { readWikiEventsDocs } from "./wikievents.js";

type Source = { id: string; doc: ArgumentDoc };

function readSources(dataDir: string): Source[] {
  return [
    ...readWikiEventsDocs(join(dataDir, "wikievents")).map((doc) => ({ id: `wikievents:${doc.id}`, doc })),
    ...readRamsDocs(join(dataDir, "rams")).map((doc) => ({ id: `rams:${doc.id}`, doc })),
  ].filter((s) => s.doc.events.length > 0);
}

function formatTally(name: string, tallies: ActorTallies): string {
  return (["actor1", "actor2"] as const)
    .map((field) => {
      const t = tallies[field];
      const accuracy = actorAccuracy(t);
      const judged = t.right + t.wrong + t.none;
      return `${name} ${field} ${accuracy === null ? "—" : accuracy.toFixed(3)} (${t.right}/${judged}; wrong ${t.wrong}, none ${t.none}, unaligned ${t.unaligned})`;
    })
    .join("\n");
}

function listMiss(source: Source, verdict: ActorVerdict, records: ReturnType<typeof predictArguments>["events"]) {
  const { doc } = source;
  const words = (s: Span) => doc.text.slice(s.start, s.end).replace(/\s+/g, " ");
  const gold = doc.events[verdict.event];
  const record = records[verdict.record];
  const role = ROLE_OF[verdict.field];
  const trigger = gold.triggers[0];
  const from = Math.max(0, doc.text.lastIndexOf(".", trigger.start - 1) + 1);
  const to = doc.text.indexOf(".", trigger.end);
  console.log(`## ${source.id} ${gold.type} "${words(trigger)}" → ${record.record.event_type} (${verdict.verdict})`);
  console.log(`   gold: ${gold.arguments.filter((a) => a.role === role).map((a) => `"${words(a)}"`)}`);
  console.log(`   said: ${record.record.actor1} | ${record.record.actor2}`);
  console.log(`   ${words({ start: from, end: to < 0 ? doc.text.length : to + 1 }).trim()}`);
}

function main(args: string[]) {
  const listAt = args.indexOf("--list");
  const listed = listAt >= 0 ? (args[listAt + 1] as ActorField) : null;
  if (listed && listed !== "actor1" && listed !== "actor2") throw new Error("--list takes actor1 or actor2");
  const limitAt = args.indexOf("--limit");
  const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : Number.POSITIVE_INFINITY;
  const halves = { tune: emptyActorTallies(), check: emptyActorTallies() };
  let shown = 0;
  for (const source of readSources(process.env.SITREP_EVAL_DATA ?? defaultDataDir())) {
    const half = halfOf(source.id);
    const records = predictArguments(source.doc.text, processText).events;
    const verdicts = judgeActors(source.doc.text, source.doc.events, records);
    tallyVerdicts(verdicts, halves[half]);
    if (!listed || half !== "tune") continue;
    for (const v of verdicts.filter((v) => v.field === listed && (v.verdict === "wrong" || v.verdict === "none")))
      if (shown++ < limit) listMiss(source, v, records);
  }
  console.log(formatTally("tune", halves.tune));
  console.log(formatTally("check", halves.check));
}

if (process.argv[1]?.endsWith("actor-arguments.ts")) main(process.argv.slice(2));
