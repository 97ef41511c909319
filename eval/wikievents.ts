// WikiEvents (KAIROS, dev split): document-level event arguments. Headline: micro argument head F1 over
// the role classes sitrep extracts (argument-roles.ts), each argument scored within its event
// (score-arguments.ts): the predicted span must hold the gold argument's head word, the paper's head rule.
// Scope: gold events of type Conflict.Attack.*, Life.Die.*, Life.Injure.* (what sitrep's violent event
// types describe); arguments of other gold events are not scored, and sitrep's violent events aligned
// with no scored gold event count their arguments as false positives.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { GOLD_ROLES } from "./argument-roles.js";
import { type ArgumentDoc, evaluateArgumentDocs } from "./evaluate-arguments.js";
import type { TypeFilter } from "./gold-event-types.js";
import { headWord } from "./head-word.js";
import { joinTokens, tokenSpan } from "./join-tokens.js";
import { type Argument, type ArgumentEvent, HEAD_RULE } from "./score-arguments.js";
import type { Dataset } from "./types.js";

type WikiToken = [string, number, number];
type WikiDoc = {
  doc_id: string;
  sentences: [WikiToken[], string][];
  entity_mentions: { id: string; start: number; end: number }[];
  event_mentions: {
    event_type: string;
    trigger?: { start: number; end: number };
    arguments: { entity_id: string; role: string }[];
  }[];
};

export const SCORED_GOLD_TYPES = /^(?:Conflict\.Attack|Life\.Die|Life\.Injure)\./;

/** A document's text and its gold events of the types `scope` accepts, with triggers and argument heads. */
export function readWikiEventsDoc(line: string, scope: TypeFilter = SCORED_GOLD_TYPES): ArgumentDoc {
  const doc = JSON.parse(line) as WikiDoc;
  // Sentences on their own lines: the file's text glues a headline to the first sentence ("in SyriaThe").
  const joined = joinTokens(
    doc.sentences.map(([tokens]) => tokens.map((t) => t[0])),
    "\n",
  );
  const mentions = new Map(doc.entity_mentions.map((m) => [m.id, m]));
  const events: ArgumentEvent[] = doc.event_mentions
    .filter((e) => scope.test(e.event_type))
    .map((event) => {
      const args: Argument[] = [];
      for (const arg of event.arguments) {
        const role = GOLD_ROLES[arg.role.toLowerCase()];
        const mention = mentions.get(arg.entity_id);
        if (!role || !mention) continue;
        const span = tokenSpan(joined, mention.start, mention.end);
        const head = headWord(joined.text, [[span.start, span.end]]);
        args.push({
          role: role.role,
          goldRole: arg.role.toLowerCase(),
          ...span,
          head: head ? { start: head[0], end: head[1] } : undefined,
        });
      }
      const triggers = event.trigger ? [tokenSpan(joined, event.trigger.start, event.trigger.end)] : [];
      return { type: event.event_type, triggers, arguments: args };
    });
  return { id: doc.doc_id, text: joined.text, events };
}

export function readWikiEventsDocs(dir: string, scope: TypeFilter = SCORED_GOLD_TYPES): ArgumentDoc[] {
  const lines = readFileSync(join(dir, "dev.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.trim());
  return lines.map((line) => readWikiEventsDoc(line, scope));
}

export const dataset: Dataset = {
  name: "wikievents",
  evaluate: async (dir, options) =>
    evaluateArgumentDocs(readWikiEventsDocs(dir), {
      ...options,
      unit: "documents",
      rule: HEAD_RULE,
      headline:
        "argument head F1 within aligned events (attacker, target/victim, instrument, place) on attack/die/injure events",
      scope:
        "gold events Conflict.Attack.*, Life.Die.*, Life.Injure.*; sitrep events Battles, Explosions/Remote violence, Violence against civilians, Riots",
    }),
};
