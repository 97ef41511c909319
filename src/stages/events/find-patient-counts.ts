// "At least 18 soldiers and an unknown number of rebels were killed": the numbers stage labels a count
// KILLED only when a killing word sits beside it, so a count kept from its verb by a second subject
// stays a bare count of people. The parse still says whose death the verb tells: a count of people whose
// noun is the killing verb's patient (the passive's subject, the active's object) is a count of the dead.
// Conjoined counts are added to it afterwards (sum-coordinated-counts.ts).
import type { LayerSpan } from "../../doc.js";
import { countedNounsOf, headOf, type ParseTree, relationOf, uposOf, wordOf } from "./parse-tree.js";

type Count = LayerSpan<"numbers">;

const PATIENT_RELATIONS = new Set(["nsubj:pass", "obj"]);

/** The people counts among `numbers` of the incident that are a killing verb's patient, relabelled KILLED. */
export function findPatientCounts(
  tree: ParseTree,
  numbers: readonly Count[],
  killingVerbs: ReadonlySet<string>,
): Count[] {
  const killed = numbers.filter((n) => n.label === "KILLED" || n.label === "INJURED");
  const isCovered = (n: Count) => killed.some((k) => k.start < n.end && n.start < k.end);
  return numbers
    .filter((n) => n.label === "COUNT" && n.data?.counts === "people" && !isCovered(n))
    .filter((n) => countedNounsOf(tree, n).some((noun) => isKillingPatient(tree, noun, killingVerbs)))
    .map((n) => ({ ...n, label: "KILLED", by: "events/patient-count", data: { ...n.data!, revised: false } }));
}

function isKillingPatient(tree: ParseTree, noun: number, killingVerbs: ReadonlySet<string>): boolean {
  const verb = headOf(tree, noun);
  if (verb < 0 || !PATIENT_RELATIONS.has(relationOf(tree, noun))) return false;
  return uposOf(tree, verb) === "VERB" && killingVerbs.has(wordOf(tree, verb));
}
