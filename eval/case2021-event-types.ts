// CASE 2021 task 2: news snippet → ACLED sub-event type. sitrep's real pipeline reads each snippet; the
// snippet's label is the sub-event type of its lead event (ACLED's hierarchy: see pickLeadEvent), or NONE
// when it finds no event. Headline: CASE 2021 subtask 1's own measure, weighted F1 (per-label F1 weighted
// by gold support, as scikit-learn's average="weighted") over the snippets whose gold is one of the 25
// ACLED sub-types. The 5 labels outside ACLED (crime, disasters, diplomacy, attribution) are scored apart
// as a rejection rate: the share of those snippets for which sitrep produces no political-violence or
// demonstration event (a strategic development such as an agreement does not count against it). Place
// names in this data were swapped on purpose, so places are never scored here.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { processText } from "../src/process.js";
import { pickLeadEvent } from "../src/stages/events/rank-event-types.js";
import { type LabelPair, scoreLabels } from "./score-labels.js";
import { evaluateItems } from "./split-halves.js";
import type { Dataset, DatasetResult, EvalOptions } from "./types.js";

export const NONE = "NONE";
const NON_ACLED = new Set(["ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER", "DIPLO", "ATTRIB"]);

/** ACLED sub-event type names (as sitrep writes them) → CASE 2021 label names. */
const CASE_LABELS: Record<string, string> = {
  "Armed clash": "ARMED_CLASH",
  "Government regains territory": "GOV_REGAINS_TERIT",
  "Non-state actor overtakes territory": "NON_STATE_ACTOR_OVERTAKES_TER",
  "Chemical weapon": "CHEM_WEAP",
  "Air/drone strike": "AIR_STRIKE",
  "Suicide bomb": "SUIC_BOMB",
  "Shelling/artillery/missile attack": "ART_MISS_ATTACK",
  "Remote explosive/landmine/IED": "REM_EXPLOS",
  Grenade: "GRENADE",
  "Sexual violence": "SEX_VIOL",
  Attack: "ATTACK",
  "Abduction/forced disappearance": "ABDUCT_DISSAP",
  "Peaceful protest": "PEACE_PROTEST",
  "Protest with intervention": "PROTEST_WITH_INTER",
  "Excessive force against protesters": "FORCE_AGAINST_PROTEST",
  "Violent demonstration": "VIOL_DEMONSTR",
  "Mob violence": "MOB_VIOL",
  Agreement: "AGREEMENT",
  Arrests: "ARREST",
  "Change to group/activity": "CHANGE_TO_GROUP_ACT",
  "Disrupted weapons use": "DISR_WEAP",
  "Headquarters or base established": "HQ_ESTABLISHED",
  "Looting/property destruction": "PROPERTY_DISTRUCT",
  "Non-violent transfer of territory": "NON_VIOL_TERRIT_TRANSFER",
  Other: "OTHER",
};

export type Snippet = { id: string; text: string; gold: string };

/** Snippets with their gold label as written; isNonAcled tells the five labels outside ACLED. */
export function readSnippets(dir: string, limit?: number): Snippet[] {
  const lines = readFileSync(join(dir, "dev.tsv"), "utf8")
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => l.trim());
  const snippets = lines.map((line) => {
    const [id, text, label] = line.split("\t");
    return { id, text, gold: label.trim() };
  });
  return limit ? snippets.slice(0, limit) : snippets;
}

export function isNonAcled(label: string): boolean {
  return NON_ACLED.has(label);
}

/** What sitrep makes of a snippet: its lead label, and whether any violence or demonstration event came out. */
export type SnippetPrediction = { gold: string; predicted: string; violent: boolean };

/** The label sitrep gives a snippet: its lead event's sub-event type, or NONE. Never sees the gold. */
export function predictSnippet(
  text: string,
  process: typeof processText = processText,
): Omit<SnippetPrediction, "gold"> {
  const result = process(text);
  if (!("doc" in result)) return { predicted: NONE, violent: false };
  const lead = pickLeadEvent(result.doc.events);
  const violent = result.doc.events.some((e) => e.disorderType !== "Strategic developments");
  return { predicted: lead ? (CASE_LABELS[lead.subEventType.value] ?? "OTHER") : NONE, violent };
}

export function predictLabel(text: string): string {
  return predictSnippet(text).predicted;
}

/** scikit-learn's weighted F1: per-label F1 weighted by the label's gold support; predicted-only labels weigh 0. */
export function weightedF1(pairs: readonly LabelPair[]): number | null {
  if (pairs.length === 0) return null;
  const scores = scoreLabels([...pairs], NONE).perLabel;
  const support = (label: string) => pairs.filter((p) => p.gold === label).length;
  return scores.reduce((sum, s) => sum + (s.f1 ?? 0) * support(s.field), 0) / pairs.length;
}

export function scoreSnippets(predictions: readonly SnippetPrediction[]): DatasetResult {
  const acled = predictions.filter((p) => !isNonAcled(p.gold));
  const others = predictions.filter((p) => isNonAcled(p.gold));
  const scores = scoreLabels([...acled], NONE);
  const rejection = others.length ? others.filter((p) => !p.violent).length / others.length : null;
  return {
    n: predictions.length,
    unit: "snippets",
    score: weightedF1(acled),
    headline: "weighted F1 over the snippets of the 25 ACLED sub-types (CASE 2021 subtask 1); no event = NONE, a miss",
    metrics: [
      {
        name: "rejection",
        value: rejection,
        about: "share of the 5 non-ACLED types' snippets with no violence or demonstration event",
      },
    ],
    fields: [
      {
        field: "accuracy (ACLED snippets)",
        precision: null,
        recall: null,
        f1: null,
        accuracy: scores.accuracy ?? undefined,
        rule: "exact label per item",
      },
      ...scores.perLabel,
    ],
    extra: { acledSnippets: acled.length, nonAcledSnippets: others.length, rejection, macroF1: scores.macroF1 },
  };
}

export const dataset: Dataset = {
  name: "case2021-event-types",
  evaluate: async (dir: string, options: EvalOptions) =>
    evaluateItems(
      readSnippets(dir),
      {
        idOf: (s) => s.id,
        predict: (s) => ({ gold: s.gold, ...predictSnippet(s.text, options.processText) }),
        summarise: scoreSnippets,
      },
      options,
    ),
};
