// Argument matching for wikievents / rams, separated from prediction so it can be tested on tiny cases.
// Rule: within one document, a predicted argument matches a gold argument of the same role class when their
// character spans overlap (share at least one character: "head/overlap match", lenient because gold marks a
// head word like "general" where sitrep's evidence may be "Russian major general"); each gold and each
// predicted argument is used at most once. Duplicates (same class and span) count once on either side.
import { prf } from "./prf.js";
import type { RoleClass } from "./argument-roles.js";
import type { FieldScore } from "./types.js";

export type Argument = { role: RoleClass; start: number; end: number; /** the gold's own role name */ goldRole?: string };
export type ArgumentCounts = { tp: number; fp: number; fn: number; goldByRole: Record<string, { gold: number; found: number }> };

export const MATCH_RULE = "same role class, character spans overlap, one-to-one per document";

export function countMatches(gold: readonly Argument[], predicted: readonly Argument[], into: Map<RoleClass, ArgumentCounts>): void {
  const golds = dedupe(gold);
  const preds = dedupe(predicted);
  const used = new Set<number>();
  const found = golds.map((g) => {
    const hit = preds.findIndex((p, i) => !used.has(i) && p.role === g.role && p.start < g.end && g.start < p.end);
    if (hit >= 0) used.add(hit);
    return hit >= 0;
  });
  golds.forEach((g, i) => {
    const c = countsFor(into, g.role);
    c.tp += found[i] ? 1 : 0;
    c.fn += found[i] ? 0 : 1;
    const byRole = (c.goldByRole[g.goldRole ?? g.role] ??= { gold: 0, found: 0 });
    byRole.gold += 1;
    byRole.found += found[i] ? 1 : 0;
  });
  preds.forEach((p, i) => {
    if (!used.has(i)) countsFor(into, p.role).fp += 1;
  });
}

/** One row per role class, a recall-only row per gold role a class merges (target, victim, ...), then all. */
export function summariseMatches(counts: Map<RoleClass, ArgumentCounts>, classes: readonly RoleClass[]): { fields: FieldScore[]; micro: FieldScore } {
  const fields: FieldScore[] = [];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const role of classes) {
    const c = countsFor(counts, role);
    fields.push({ field: role, ...prf(c.tp, c.fp, c.fn), rule: MATCH_RULE });
    const goldRoles = Object.entries(c.goldByRole);
    if (goldRoles.length > 1) {
      for (const [name, { gold, found }] of goldRoles.sort()) {
        fields.push({ field: `  ${name} (recall only)`, precision: null, recall: gold ? found / gold : null, f1: null, rule: "gold arguments of this role found by the class above" });
      }
    }
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  const micro: FieldScore = { field: "all roles (micro)", ...prf(tp, fp, fn), rule: MATCH_RULE };
  return { fields: [...fields, micro], micro };
}

function countsFor(into: Map<RoleClass, ArgumentCounts>, role: RoleClass): ArgumentCounts {
  let c = into.get(role);
  if (!c) into.set(role, (c = { tp: 0, fp: 0, fn: 0, goldByRole: {} }));
  return c;
}

function dedupe(args: readonly Argument[]): Argument[] {
  const seen = new Set<string>();
  return args.filter((a) => {
    const key = `${a.role}|${a.start}|${a.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
