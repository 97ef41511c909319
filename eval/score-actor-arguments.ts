// Actor 1 and actor 2 against the gold attacker and target/victim arguments (issue 18), kept apart from
// reading and prediction so it can be tested by hand. Per gold event with an argument of the role, the
// record judged is the first violent record whose trigger words overlap the gold trigger; failing that,
// the first that shares a gold argument of another role class (place, instrument, the other actor): an
// alignment made by the judged role's own argument would count the field right by construction; failing
// that, the first whose own trigger lies in the gold trigger's sentence (ACLED codes one event of a
// sentence's attack and the deaths it caused, so its actors are the ones the sentence names). The
// record's field is right when its evidence holds the head word of one of the gold arguments of the role
// (WikiEvents' head rule), "none" when the record names no actor there, "wrong" when it names another.
// Unlike event-records no ACLED type compatibility is asked: every violent record may be judged, which
// gives a larger sample of the actor reading itself.
import type { RoleClass } from "./argument-roles.js";
import { type ArgumentEvent, HEAD_RULE, type Span } from "./score-arguments.js";

export type ActorField = "actor1" | "actor2";
export type ActorTally = { right: number; wrong: number; none: number; unaligned: number };
export type ActorTallies = Record<ActorField, ActorTally>;
/** One gold argument judged: what a reader studies when it was missed. */
export type ActorVerdict = {
  field: ActorField;
  event: number;
  verdict: "right" | "wrong" | "none" | "unaligned";
  record: number;
};

export const ROLE_OF: Record<ActorField, RoleClass> = { actor1: "attacker", actor2: "target/victim" };

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

export function emptyActorTallies(): ActorTallies {
  const tally = () => ({ right: 0, wrong: 0, none: 0, unaligned: 0 });
  return { actor1: tally(), actor2: tally() };
}

// Where a sentence ends: a stop before a capital or a digit, or a line break (the readers put WikiEvents'
// sentences on lines of their own and RAMS' stops apart as tokens).
const SENTENCE_END = /[.!?]["'”’)]*\s+(?=["“‘(]?[A-Z0-9])|\n/g;

/** The sentence of `text` that holds `offset`, as a span. */
export function sentenceAt(text: string, offset: number): Span {
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = m.index! + m[0].length;
    if (end > offset) return { start, end: m.index! + 1 };
    start = end;
  }
  return { start, end: text.length };
}

/**
 * The record judged for a gold event's `role`: trigger overlap first, else another role's argument, else a
 * record whose trigger lies in the gold trigger's sentence; -1 if none.
 */
export function alignRecord(
  gold: ArgumentEvent,
  records: readonly ArgumentEvent[],
  role: RoleClass,
  text: string,
): number {
  const byTrigger = records.findIndex((r) => gold.triggers.some((t) => r.triggers.some((q) => overlaps(t, q))));
  if (byTrigger >= 0) return byTrigger;
  const others = gold.arguments.filter((a) => a.role !== role);
  const byArgument = records.findIndex((r) =>
    others.some((g) => r.arguments.some((p) => p.role === g.role && HEAD_RULE.matches(g, p))),
  );
  if (byArgument >= 0 || gold.triggers.length === 0) return byArgument;
  const sentence = sentenceAt(text, gold.triggers[0].start);
  return records.findIndex((r) => r.triggers.length > 0 && overlaps(sentence, r.triggers[0]));
}

/** Every gold event of a document with an attacker or a target/victim, judged against the records. */
export function judgeActors(
  text: string,
  gold: readonly ArgumentEvent[],
  records: readonly ArgumentEvent[],
): ActorVerdict[] {
  const verdicts: ActorVerdict[] = [];
  gold.forEach((event, i) => {
    for (const field of ["actor1", "actor2"] as const) {
      const role = ROLE_OF[field];
      const wanted = event.arguments.filter((a) => a.role === role);
      if (wanted.length === 0) continue;
      const record = alignRecord(event, records, role, text);
      const said = record < 0 ? [] : records[record].arguments.filter((a) => a.role === role);
      const verdict =
        record < 0
          ? "unaligned"
          : wanted.some((g) => said.some((p) => HEAD_RULE.matches(g, p)))
            ? "right"
            : said.length > 0
              ? "wrong"
              : "none";
      verdicts.push({ field, event: i, verdict, record });
    }
  });
  return verdicts;
}

export function tallyVerdicts(verdicts: readonly ActorVerdict[], tallies = emptyActorTallies()): ActorTallies {
  for (const v of verdicts) tallies[v.field][v.verdict] += 1;
  return tallies;
}

/** Right over judged (aligned) gold events; null when none was judged. */
export function actorAccuracy(t: ActorTally): number | null {
  const judged = t.right + t.wrong + t.none;
  return judged ? t.right / judged : null;
}
