// Reads eval/gold-event-types.tsv: which ACLED event types a sitrep record may carry for a gold event type.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../src/paths.js";

export type TypeRule = { prefix: string; acled: string[] };

export function readTypeRules(path = join(projectRoot(), "eval", "gold-event-types.tsv")): TypeRule[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim() && !line.startsWith("#"))
    .map((line) => {
      const [prefix, types] = line.split("\t");
      return { prefix: prefix.toLowerCase(), acled: types === "-" ? [] : types.split("|") };
    });
}

/** The ACLED types a gold type maps to; empty when the gold event is not scored. */
export function acledTypesFor(rules: readonly TypeRule[], goldType: string): string[] {
  return rules.find((r) => goldType.toLowerCase().startsWith(r.prefix))?.acled ?? [];
}

/** Which gold event types a reader keeps (a RegExp is one). */
export type TypeFilter = { test(type: string): boolean };

/** The gold types that map to some ACLED type. */
export function scoredTypes(rules: readonly TypeRule[]): TypeFilter {
  return { test: (type) => acledTypesFor(rules, type).length > 0 };
}
