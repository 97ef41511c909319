// RAMS (AIDA ontology, dev split): one annotated event per five-sentence window, arguments possibly in
// other sentences. Headline: micro argument F1 over the role classes sitrep extracts (argument-roles.ts),
// each argument scored within its event with the paper's exact-span rule (score-arguments.ts).
// Every window is scored: one whose gold event is conflict.attack.*, life.die.deathcausedbyviolentevents
// or life.injure.injurycausedbyviolentevents has gold arguments; any other window has none, so arguments
// sitrep predicts there count against precision. Only one event per window is annotated, so a correct
// argument of another violent event in the window counts as a false positive: precision is a lower bound.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { GOLD_ROLES } from "./argument-roles.js";
import { type ArgumentDoc, evaluateArgumentDocs } from "./evaluate-arguments.js";
import type { TypeFilter } from "./gold-event-types.js";
import { headWord } from "./head-word.js";
import { joinTokens, tokenSpan } from "./join-tokens.js";
import { type Argument, EXACT_RULE } from "./score-arguments.js";
import type { Dataset } from "./types.js";

type RamsDoc = {
  doc_key: string;
  sentences: string[][];
  evt_triggers: [number, number, [string, number][]][];
  gold_evt_links: [[number, number], [number, number], string][];
};

export const SCORED_GOLD_TYPES =
  /^(?:conflict\.attack\.|life\.die\.deathcausedbyviolentevents|life\.injure\.injurycausedbyviolentevents)/;

/** A window → its text and its gold event when `scope` accepts the type (none otherwise). */
export function readRamsDoc(line: string, scope: TypeFilter = SCORED_GOLD_TYPES): ArgumentDoc {
  const doc = JSON.parse(line) as RamsDoc;
  const joined = joinTokens(doc.sentences, " ");
  const [trigger] = doc.evt_triggers;
  const type = trigger?.[2][0]?.[0] ?? "";
  if (!trigger || !scope.test(type)) return { id: doc.doc_key, text: joined.text, events: [] };
  const args: Argument[] = [];
  for (const [, [first, last], label] of doc.gold_evt_links) {
    const name = label.replace(/^evt\d+arg\d+/, ""); // "evt089arg01victim" → "victim"
    const role = GOLD_ROLES[name];
    if (!role) continue;
    const span = tokenSpan(joined, first, last + 1); // RAMS ends are inclusive
    const head = headWord(joined.text, [[span.start, span.end]]);
    args.push({ role: role.role, goldRole: name, ...span, head: head ? { start: head[0], end: head[1] } : undefined });
  }
  return {
    id: doc.doc_key,
    text: joined.text,
    events: [{ type, triggers: [tokenSpan(joined, trigger[0], trigger[1] + 1)], arguments: args }],
  };
}

export function readRamsDocs(dir: string, scope: TypeFilter = SCORED_GOLD_TYPES): ArgumentDoc[] {
  const lines = readFileSync(join(dir, "dev.jsonlines"), "utf8")
    .split("\n")
    .filter((l) => l.trim());
  return lines.map((line) => readRamsDoc(line, scope));
}

export const dataset: Dataset = {
  name: "rams",
  evaluate: async (dir, options) =>
    evaluateArgumentDocs(readRamsDocs(dir), {
      ...options,
      unit: "windows",
      rule: EXACT_RULE,
      headline:
        "argument exact-span F1 within aligned events (attacker, target/victim, instrument, place), all windows",
      scope:
        "gold event types conflict.attack.*, life.die.deathcausedbyviolentevents, life.injure.injurycausedbyviolentevents (other windows: no gold); sitrep events Battles, Explosions/Remote violence, Violence against civilians, Riots",
    }),
};
