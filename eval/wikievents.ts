// WikiEvents (KAIROS, dev split): document-level event arguments. Headline: micro argument F1 over the
// role classes sitrep extracts (argument-roles.ts), matched as score-arguments.ts says.
// Scope: gold events of type Conflict.Attack.*, Life.Die.*, Life.Injure.* (what sitrep's violent event
// types describe); arguments of other gold events are not scored, and sitrep predictions that match none
// of the scored gold arguments count as false positives.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { GOLD_ROLES } from "./argument-roles.js";
import { evaluateArgumentDocs, type ArgumentDoc } from "./evaluate-arguments.js";
import { joinTokens, tokenSpan } from "./join-tokens.js";
import type { Argument } from "./score-arguments.js";
import type { Dataset } from "./types.js";

type WikiToken = [string, number, number];
type WikiDoc = {
  doc_id: string;
  sentences: [WikiToken[], string][];
  entity_mentions: { id: string; start: number; end: number }[];
  event_mentions: { event_type: string; arguments: { entity_id: string; role: string }[] }[];
};

export const SCORED_GOLD_TYPES = /^(?:Conflict\.Attack|Life\.Die|Life\.Injure)\./;

export function readWikiEventsDoc(line: string): ArgumentDoc {
  const doc = JSON.parse(line) as WikiDoc;
  // Sentences on their own lines: the file's text glues a headline to the first sentence ("in SyriaThe").
  const joined = joinTokens(doc.sentences.map(([tokens]) => tokens.map((t) => t[0])), "\n");
  const mentions = new Map(doc.entity_mentions.map((m) => [m.id, m]));
  const gold: Argument[] = [];
  for (const event of doc.event_mentions.filter((e) => SCORED_GOLD_TYPES.test(e.event_type))) {
    for (const arg of event.arguments) {
      const role = GOLD_ROLES[arg.role.toLowerCase()];
      const mention = mentions.get(arg.entity_id);
      if (role && mention) gold.push({ role: role.role, goldRole: arg.role.toLowerCase(), ...tokenSpan(joined, mention.start, mention.end) });
    }
  }
  return { id: doc.doc_id, text: joined.text, gold };
}

export const dataset: Dataset = {
  name: "wikievents",
  evaluate: async (dir, options) => {
    const lines = readFileSync(join(dir, "dev.jsonl"), "utf8").split("\n").filter((l) => l.trim());
    return evaluateArgumentDocs(lines.map(readWikiEventsDoc), {
      ...options,
      unit: "documents",
      headline: "argument micro-F1 (attacker, target/victim, instrument, place) on attack/die/injure events",
      scope: "gold events Conflict.Attack.*, Life.Die.*, Life.Injure.*; sitrep events Battles, Explosions/Remote violence, Violence against civilians, Riots",
    });
  },
};
