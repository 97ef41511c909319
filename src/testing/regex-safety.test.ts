// No regular expression in src/ may backtrack super-linearly: each literal (and `new RegExp("...")` with a
// literal string) is checked with recheck, once, two at a time. recheck's own VM does not prune with
// lookbehind as V8 does, so it calls some linear patterns polynomial: a "vulnerable" verdict is confirmed
// by running recheck's attack string through V8, and fails (file:line and the attack) only when V8 is slow
// on it too. Confirmed findings whose input is bounded are listed in regex-allow-list.json with the bound.
// Patterns built at run time from lexicon phrases (phraseAlternation) are not literals and are not seen
// here: they are alternations of escaped literals with fixed anchors around them, no nested or adjacent
// quantifiers, so V8 matches them in time linear in the text for a given lexicon.
// recheck takes about 80 s for all ~520 literals, the slowest file of the suite, so the patterns it judged safe
// are remembered in regex-safe-verdicts.json by their exact source and flags: only a new or changed pattern is
// checked. `SITREP_UPDATE_REGEX_VERDICTS=1` checks every literal and rewrites the file (after a recheck upgrade).
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { check, type Diagnostics } from "recheck";
import { projectRoot } from "../paths.js";
import { findRegexLiterals, findRegexLiteralsIn, type RegexLiteral } from "./find-regex-literals.js";

/** Per-pattern cap: most answer in well under a second; an undecided (timed-out) pattern is reported, not failed. */
const CHECK_TIMEOUT_MS = 5_000;
/** CPU for one exec of recheck's attack string (tens of thousands of characters): linear takes < 10 ms. */
const CONFIRM_MS = 100;
/** recheck's agent is one process; two requests in flight keep it busy without starving the other tests. */
const CHECKS_IN_FLIGHT = 2;

type Allowed = { file: string; source: string; why: string };
type SafeVerdicts = { why: string; recheck: string; safe: string[] };

const VERDICTS_FILE = "src/testing/regex-safe-verdicts.json";
const updateVerdicts = process.env.SITREP_UPDATE_REGEX_VERDICTS === "1";

describe("regex safety", () => {
  it("finds literals and RegExp strings, not slashes in strings, comments or divisions", () => {
    const text =
      'const a = /x+y/gi; // not /this/\nconst b = "/nor/this/" + 4 / 2 / 1;\nconst c = new RegExp("\\\\d+$", "m");';
    assert.deepEqual(
      findRegexLiterals(text, "f.ts").map((r) => [r.line, r.source, r.flags]),
      [
        [1, "x+y", "gi"],
        [3, "\\d+$", "m"],
      ],
    );
  });

  it("recheck flags a quadratic pattern and V8 confirms it on the attack (the check can fail)", async () => {
    const literal = { file: "f.ts", line: 1, source: "[ \\t]+\\n", flags: "g" };
    const diagnostics = await check(literal.source, literal.flags, { timeout: CHECK_TIMEOUT_MS });
    assert.equal(diagnostics.status, "vulnerable");
    assert.ok(timeAttack(literal, diagnostics) >= CONFIRM_MS);
  });

  it("every allow-list entry names a regex still in src/ and says why", () => {
    const root = projectRoot();
    const literals = findRegexLiteralsIn(join(root, "src"), root);
    for (const entry of readAllowList(root)) {
      assert.ok(
        literals.some((r) => r.file === entry.file && r.source === entry.source),
        `stale entry: ${entry.file} /${entry.source}/`,
      );
      assert.ok(entry.why.length > 10, `no reason: ${entry.file}`);
    }
  });

  it("no regex in src/ is vulnerable to super-linear backtracking", { timeout: 900_000 }, async (t) => {
    const root = projectRoot();
    const allowed = readAllowList(root);
    const known = updateVerdicts ? new Set<string>() : new Set(readVerdicts(root).safe);
    const literals = findRegexLiteralsIn(join(root, "src"), root).filter(
      (r) => !allowed.some((a) => a.file === r.file && a.source === r.source) && !known.has(keyOf(r)),
    );
    const started = Date.now();
    const verdicts = await checkAll(literals);
    if (updateVerdicts) writeVerdicts(root, verdicts);
    const flagged = verdicts.filter(({ diagnostics }) => diagnostics.status === "vulnerable");
    const confirmed = flagged.filter(({ literal, diagnostics }) => timeAttack(literal, diagnostics) >= CONFIRM_MS);
    const unknown = verdicts.filter(({ diagnostics }) => diagnostics.status === "unknown");
    t.diagnostic(
      `${literals.length} regexes checked in ${Date.now() - started} ms; ${known.size} known safe; ${allowed.length} allow-listed; ${unknown.length} undecided`,
    );
    for (const { literal, diagnostics } of unknown)
      t.diagnostic(`undecided (${describeVerdict(diagnostics)}): ${literal.file}:${literal.line} /${literal.source}/`);
    for (const { literal } of flagged.filter((f) => !confirmed.includes(f)))
      t.diagnostic(`flagged by recheck, fast in V8: ${literal.file}:${literal.line}`);
    assert.deepEqual(
      confirmed.map(
        ({ literal, diagnostics }) =>
          `${literal.file}:${literal.line} /${literal.source}/${literal.flags} ${describeVerdict(diagnostics)}`,
      ),
      [],
    );
  });
});

/** A remembered verdict holds only for the same pattern text and flags. */
function keyOf(literal: { source: string; flags: string }): string {
  return `${literal.flags}/${literal.source}`;
}

function readVerdicts(root: string): SafeVerdicts {
  return JSON.parse(readFileSync(join(root, VERDICTS_FILE), "utf8"));
}

function writeVerdicts(root: string, verdicts: { literal: RegexLiteral; diagnostics: Diagnostics }[]): void {
  const safe = verdicts.filter((v) => v.diagnostics.status === "safe").map((v) => keyOf(v.literal));
  const file: SafeVerdicts = {
    why: "Patterns (flags/source) recheck judged safe; regex-safety.test.ts checks only those not listed here.",
    recheck: JSON.parse(readFileSync(join(root, "node_modules/recheck/package.json"), "utf8")).version,
    safe: [...new Set(safe)].sort(),
  };
  writeFileSync(join(root, VERDICTS_FILE), `${JSON.stringify(file, null, 2)}\n`);
}

function readAllowList(root: string): Allowed[] {
  return JSON.parse(readFileSync(join(root, "src/testing/regex-allow-list.json"), "utf8"));
}

async function checkAll(literals: RegexLiteral[]): Promise<{ literal: RegexLiteral; diagnostics: Diagnostics }[]> {
  const verdicts: { literal: RegexLiteral; diagnostics: Diagnostics }[] = [];
  let next = 0;
  const work = async () => {
    while (next < literals.length) {
      const literal = literals[next++];
      verdicts.push({
        literal,
        diagnostics: await check(literal.source, literal.flags, { timeout: CHECK_TIMEOUT_MS }),
      });
    }
  };
  await Promise.all(Array.from({ length: CHECKS_IN_FLIGHT }, work));
  return verdicts;
}

/** CPU milliseconds V8 spends on one exec of the attack string recheck found. */
function timeAttack(literal: RegexLiteral, diagnostics: Diagnostics): number {
  if (diagnostics.status !== "vulnerable") return 0;
  const regex = new RegExp(literal.source, literal.flags);
  const started = process.cpuUsage();
  regex.exec(diagnostics.attack.string);
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

function describeVerdict(diagnostics: Diagnostics): string {
  if (diagnostics.status === "vulnerable")
    return `${diagnostics.complexity.summary}, attack ${diagnostics.attack.pattern}`;
  if (diagnostics.status === "unknown") return diagnostics.error.kind;
  return diagnostics.status;
}
