// Multinomial naive Bayes over name features: per class, how often each feature occurs. Counts, not
// probabilities, are what the model file keeps, so smoothing stays a choice of the reader.
import { featuresOfName } from "../name-features.js";
import type { LabelledName, NameClass } from "./collect-training-names.js";

export const CLASSES: readonly NameClass[] = ["PERSON", "ORG", "LOC", "MISC"];
// A feature seen fewer times than this in all the training names is noise and would only bloat the file.
const MIN_FEATURE_COUNT = 3;

export type NameModelCounts = { classes: readonly NameClass[]; names: number[]; features: Map<string, number[]> };

export function trainNaiveBayes(examples: readonly LabelledName[]): NameModelCounts {
  const names = CLASSES.map(() => 0);
  const counts = new Map<string, number[]>();
  for (const { name, label } of examples) {
    const c = CLASSES.indexOf(label);
    names[c] += 1;
    for (const feature of featuresOfName(name)) {
      let row = counts.get(feature);
      if (!row) counts.set(feature, (row = CLASSES.map(() => 0)));
      row[c] += 1;
    }
  }
  const features = new Map(
    [...counts]
      .filter(([, row]) => row.reduce((a, b) => a + b, 0) >= MIN_FEATURE_COUNT)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  return { classes: CLASSES, names, features };
}

/** The model as a TSV file body: a "#names" line with examples per class, then one feature a line. */
export function formatModel(model: NameModelCounts, header: string[]): string {
  const lines = [
    ...header.map((h) => `# ${h}`),
    ["feature", ...model.classes].join("\t"),
    ["#names", ...model.names].join("\t"),
  ];
  for (const [feature, row] of model.features) lines.push([feature, ...row].join("\t"));
  return lines.join("\n") + "\n";
}
