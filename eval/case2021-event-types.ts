// CASE 2021 task 2: news snippet → ACLED sub-event type. sitrep's real pipeline reads each snippet; the
// snippet's label is the sub-event type of its lead event (ACLED's hierarchy: see pickLeadEvent). The 5
// labels outside ACLED (crime, disasters, diplomacy, attribution) are one class, NONE, and so is a snippet
// where sitrep finds no political-violence event. Place names in this data were swapped on purpose, so
// places are never scored here.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { processText } from "../src/process.js";
import { pickLeadEvent } from "../src/stages/events/rank-event-types.js";
import { scoreLabels, type LabelPair } from "./score-labels.js";
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

export function readSnippets(dir: string, limit?: number): Snippet[] {
  const lines = readFileSync(join(dir, "dev.tsv"), "utf8").split(/\r?\n/).slice(1).filter((l) => l.trim());
  const snippets = lines.map((line) => {
    const [id, text, label] = line.split("\t");
    return { id, text, gold: NON_ACLED.has(label.trim()) ? NONE : label.trim() };
  });
  return limit ? snippets.slice(0, limit) : snippets;
}

/** The label sitrep gives a snippet: its lead event's sub-event type, or NONE. Never sees the gold. */
export function predictLabel(text: string): string {
  const result = processText(text);
  if (!("doc" in result)) return NONE;
  const lead = pickLeadEvent(result.doc.events);
  return lead ? (CASE_LABELS[lead.subEventType.value] ?? "OTHER") : NONE;
}

export function scoreSnippets(pairs: LabelPair[]): DatasetResult {
  const scores = scoreLabels(pairs, NONE);
  return {
    n: pairs.length,
    unit: "snippets",
    score: scores.microF1,
    headline: "micro-F1 over the 25 ACLED sub-event labels + NONE (the 5 non-ACLED labels and 'no event'); = accuracy",
    fields: scores.perLabel,
    extra: { macroF1: scores.macroF1, microF1WithoutNone: scores.microF1Without },
  };
}

export const dataset: Dataset = {
  name: "case2021-event-types",
  evaluate: async (dir: string, options: EvalOptions) => {
    const pairs = readSnippets(dir, options.limit).map((s) => ({ gold: s.gold, predicted: predictLabel(s.text) }));
    return scoreSnippets(pairs);
  },
};
