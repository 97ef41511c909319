// A name's kind from its letters alone, for names no lexicon knows and no rule decides ("Magna", "Hachette",
// "Rotor"): multinomial naive Bayes over featuresOfName, trained by src/stages/entities/train/ on licensed
// name lists (models/README.md). The model holds counts; Laplace smoothing and equal class priors are
// applied here, because the lists' sizes (200,000 towns, 2,000 companies) say nothing about text.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../../paths.js";
import type { NameLabel } from "./known-names.js";
import { featuresOfName } from "./name-features.js";

export const NAME_MODEL_FILE = "models/name-classifier.tsv";
const SMOOTHING = 1;

export type NameModel = { classes: NameLabel[]; logLikelihood: Map<string, number[]>; unseen: number[] };
export type NamePrediction = { label: NameLabel; probability: number };

/** The shipped model (0.8 MB, about 50 ms to read): the entities stage reads it once (entity-lexicons.ts). */
export function loadNameModel(): NameModel {
  return parseNameModel(readFileSync(join(projectRoot(), NAME_MODEL_FILE), "utf8"));
}

export function parseNameModel(text: string): NameModel {
  const lines = text.split("\n").filter((l) => l && !l.startsWith("# "));
  const classes = lines[0].split("\t").slice(1) as NameLabel[];
  const rows = lines.slice(2).map((l) => l.split("\t"));
  const totals = classes.map((_, c) => rows.reduce((sum, row) => sum + Number(row[c + 1]), 0));
  const denominators = totals.map((t) => t + SMOOTHING * rows.length);
  const logLikelihood = new Map(
    rows.map((row) => [row[0], classes.map((_, c) => Math.log((Number(row[c + 1]) + SMOOTHING) / denominators[c]))]),
  );
  return { classes, logLikelihood, unseen: denominators.map((d) => Math.log(SMOOTHING / d)) };
}

/** The most likely kind of name and its posterior probability under equal priors. */
export function predictNameLabel(name: string, nameModel: NameModel): NamePrediction {
  const scores = nameModel.classes.map(() => 0);
  for (const feature of featuresOfName(name)) {
    const row = nameModel.logLikelihood.get(feature);
    // A feature no training name had says nothing about any class.
    if (!row) continue;
    row.forEach((value, c) => (scores[c] += value));
  }
  const best = Math.max(...scores);
  const weights = scores.map((s) => Math.exp(s - best));
  const sum = weights.reduce((a, b) => a + b, 0);
  const c = scores.indexOf(best);
  return { label: nameModel.classes[c], probability: weights[c] / sum };
}
