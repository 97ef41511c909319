// RAMS (AIDA ontology, dev split): one annotated event per five-sentence window, arguments possibly in
// other sentences. Headline: micro argument F1 over the role classes sitrep extracts (argument-roles.ts).
// Scope: documents whose gold event is conflict.attack.*, life.die.deathcausedbyviolentevents or
// life.injure.injurycausedbyviolentevents; other documents are not scored. Only one event per window is
// annotated, so a correct argument of another violent event in the window counts as a false positive:
// precision here is a lower bound.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { GOLD_ROLES } from "./argument-roles.js";
import { evaluateArgumentDocs, type ArgumentDoc } from "./evaluate-arguments.js";
import { joinTokens, tokenSpan } from "./join-tokens.js";
import type { Argument } from "./score-arguments.js";
import type { Dataset } from "./types.js";

type RamsDoc = {
  doc_key: string;
  sentences: string[][];
  evt_triggers: [number, number, [string, number][]][];
  gold_evt_links: [[number, number], [number, number], string][];
};

export const SCORED_GOLD_TYPES = /^(?:conflict\.attack\.|life\.die\.deathcausedbyviolentevents|life\.injure\.injurycausedbyviolentevents)/;

/** A document in scope → its text and gold arguments; null when its event type is out of scope. */
export function readRamsDoc(line: string): ArgumentDoc | null {
  const doc = JSON.parse(line) as RamsDoc;
  const type = doc.evt_triggers[0]?.[2][0]?.[0] ?? "";
  if (!SCORED_GOLD_TYPES.test(type)) return null;
  const joined = joinTokens(doc.sentences, " ");
  const gold: Argument[] = [];
  for (const [, [first, last], label] of doc.gold_evt_links) {
    const name = label.replace(/^evt\d+arg\d+/, ""); // "evt089arg01victim" → "victim"
    const role = GOLD_ROLES[name];
    if (role) gold.push({ role: role.role, goldRole: name, ...tokenSpan(joined, first, last + 1) }); // RAMS ends are inclusive
  }
  return { id: doc.doc_key, text: joined.text, gold };
}

export const dataset: Dataset = {
  name: "rams",
  evaluate: async (dir, options) => {
    const lines = readFileSync(join(dir, "dev.jsonlines"), "utf8").split("\n").filter((l) => l.trim());
    const docs = lines.map(readRamsDoc).filter((d): d is ArgumentDoc => d !== null);
    return evaluateArgumentDocs(docs, {
      ...options,
      unit: "documents (violent-event windows)",
      headline: "argument micro-F1 (attacker, target/victim, instrument, place) on violent attack/die/injure events",
      scope: "gold event types conflict.attack.*, life.die.deathcausedbyviolentevents, life.injure.injurycausedbyviolentevents; sitrep events Battles, Explosions/Remote violence, Violence against civilians, Riots",
    });
  },
};
