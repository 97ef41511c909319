// Argument matching for wikievents / rams, separated from prediction so it can be tested on tiny cases.
// Arguments are scored within their event, as the papers score them: a predicted event is first aligned
// with a gold event (one-to-one, in gold order: its trigger words overlap the gold trigger, or failing that
// it shares an argument span with it), and only then are their arguments compared. Arguments of a
// predicted event aligned with no gold event are false positives; those of an unaligned gold event are
// misses. Within an aligned pair a predicted argument matches a gold one of the same role class under the
// dataset's span rule (MatchRule); each is used at most once, duplicates (class and span) count once.

import type { RoleClass } from "./argument-roles.js";
import { prf } from "./prf.js";
import type { FieldScore } from "./types.js";

export type Span = { start: number; end: number };
export type Argument = Span & {
  role: RoleClass /** the gold's own role name */;
  goldRole?: string /** gold only: its head word */;
  head?: Span;
};
export type ArgumentEvent = {
  triggers: Span[];
  arguments: Argument[] /** gold only: the dataset's event type */;
  type?: string;
};
export type ArgumentCounts = {
  tp: number;
  fp: number;
  fn: number;
  goldByRole: Record<string, { gold: number; found: number }>;
};

export type MatchRule = { name: string; matches(gold: Argument, predicted: Span): boolean };

/** WikiEvents (Li et al. 2021, head F1): the predicted span holds the gold argument's head word. */
export const HEAD_RULE: MatchRule = {
  name: "same role class within an aligned event; the predicted span contains the gold argument's head word",
  matches: (gold, p) => {
    const head = gold.head ?? gold;
    return p.start <= head.start && head.end <= p.end;
  },
};

/** RAMS (Ebner et al. 2020): exact span. */
export const EXACT_RULE: MatchRule = {
  name: "same role class within an aligned event; identical span",
  matches: (gold, p) => gold.start === p.start && gold.end === p.end,
};

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Gold index → predicted index (or -1), one-to-one, trigger overlap first, then a shared argument. */
export function alignEvents(
  gold: readonly ArgumentEvent[],
  predicted: readonly ArgumentEvent[],
  rule: MatchRule,
): number[] {
  const used = new Set<number>();
  const pick = (test: (g: ArgumentEvent, p: ArgumentEvent) => boolean) =>
    gold.map((g, gi) => {
      const i = predicted.findIndex((p, pi) => !used.has(pi) && test(g, p));
      if (i >= 0) used.add(i);
      return [gi, i] as const;
    });
  const byTrigger = pick((g, p) => g.triggers.some((t) => p.triggers.some((q) => overlaps(t, q))));
  const aligned = byTrigger.map(([, i]) => i);
  const sharesArgument = (g: ArgumentEvent, p: ArgumentEvent) =>
    g.arguments.some((a) => p.arguments.some((q) => rule.matches(a, q)));
  gold.forEach((g, gi) => {
    if (aligned[gi] >= 0) return;
    const i = predicted.findIndex((p, pi) => !used.has(pi) && sharesArgument(g, p));
    if (i >= 0) {
      used.add(i);
      aligned[gi] = i;
    }
  });
  return aligned;
}

export function countEventArguments(
  gold: readonly ArgumentEvent[],
  predicted: readonly ArgumentEvent[],
  rule: MatchRule,
  into: Map<RoleClass, ArgumentCounts>,
): void {
  const aligned = alignEvents(gold, predicted, rule);
  gold.forEach((g, gi) =>
    countMatches(g.arguments, aligned[gi] >= 0 ? predicted[aligned[gi]].arguments : [], rule, into),
  );
  predicted.forEach((p, pi) => {
    if (!aligned.includes(pi)) countMatches([], p.arguments, rule, into);
  });
}

export function countMatches(
  gold: readonly Argument[],
  predicted: readonly Argument[],
  rule: MatchRule,
  into: Map<RoleClass, ArgumentCounts>,
): void {
  const golds = dedupe(gold);
  const preds = dedupe(predicted);
  const used = new Set<number>();
  const found = golds.map((g) => {
    const hit = preds.findIndex((p, i) => !used.has(i) && p.role === g.role && rule.matches(g, p));
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
export function summariseMatches(
  counts: Map<RoleClass, ArgumentCounts>,
  classes: readonly RoleClass[],
  rule: string,
): { fields: FieldScore[]; micro: FieldScore } {
  const fields: FieldScore[] = [];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const role of classes) {
    const c = countsFor(counts, role);
    fields.push({ field: role, ...prf(c.tp, c.fp, c.fn), rule });
    const goldRoles = Object.entries(c.goldByRole);
    if (goldRoles.length > 1) {
      for (const [name, { gold, found }] of goldRoles.sort()) {
        fields.push({
          field: `  ${name} (recall only)`,
          precision: null,
          recall: gold ? found / gold : null,
          f1: null,
          rule: "gold arguments of this role found by the class above",
        });
      }
    }
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  const micro: FieldScore = { field: "all roles (micro)", ...prf(tp, fp, fn), rule };
  return { fields: [...fields, micro], micro };
}

export function addCounts(into: Map<RoleClass, ArgumentCounts>, from: Map<RoleClass, ArgumentCounts>): void {
  for (const [role, c] of from) {
    const t = countsFor(into, role);
    t.tp += c.tp;
    t.fp += c.fp;
    t.fn += c.fn;
    for (const [name, r] of Object.entries(c.goldByRole)) {
      const byRole = (t.goldByRole[name] ??= { gold: 0, found: 0 });
      byRole.gold += r.gold;
      byRole.found += r.found;
    }
  }
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
