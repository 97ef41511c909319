// The contract between folders, read from the import statements: stages talk only through the Doc (no
// stage folder imports another), and no module depends on itself through others. Type-only imports count:
// a type shared between two stages is a contract that belongs in doc.ts or src/text/.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const SRC = dirname(fileURLToPath(import.meta.url));

/** Every .ts file under src/, as a path relative to src/ ("stages/places/index.ts"). */
function listModules(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" || entry.name === "fixtures" ? [] : listModules(path);
    return entry.name.endsWith(".ts") ? [relative(SRC, path)] : [];
  });
}

/** The src/ modules a file imports (relative specifiers only; "./x.js" names the source "./x.ts"). */
export function importsOf(file: string, text: string): string[] {
  return ts
    .preProcessFile(text, true, true)
    .importedFiles.map((f) => f.fileName)
    .filter((name) => name.startsWith("."))
    .map((name) => relative(SRC, resolve(SRC, dirname(file), name.replace(/\.js$/, ".ts"))));
}

function readGraph(): Map<string, string[]> {
  const modules = listModules();
  const known = new Set(modules);
  return new Map(modules.map((m) => [m, importsOf(m, readFileSync(join(SRC, m), "utf8")).filter((i) => known.has(i))]));
}

/** The stage folder a module lies in ("places" for stages/places/index.ts), else null. */
function stageOf(module: string): string | null {
  return /^stages\/([^/]+)\//.exec(module.split("\\").join("/"))?.[1] ?? null;
}

/** Imports from one stage folder into another. Tests may build their input with an earlier stage. */
export function findStageCrossings(graph: ReadonlyMap<string, string[]>): string[] {
  return [...graph].flatMap(([from, imports]) => {
    const stage = stageOf(from);
    if (!stage || from.endsWith(".test.ts")) return [];
    return imports.filter((to) => stageOf(to) !== null && stageOf(to) !== stage).map((to) => `${from} -> ${to}`);
  });
}

/** One cycle per strongly tied group, as the path "a -> b -> a"; none when the graph is acyclic. */
export function findCycles(graph: ReadonlyMap<string, string[]>): string[] {
  const state = new Map<string, "open" | "done">();
  const path: string[] = [];
  const cycles: string[] = [];
  const visit = (node: string): void => {
    state.set(node, "open");
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === "open") cycles.push([...path.slice(path.indexOf(next)), next].join(" -> "));
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(node, "done");
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return cycles;
}

describe("architecture", () => {
  const graph = readGraph();

  it("reads imports, type-only ones included", () => {
    assert.deepEqual(
      importsOf(
        "stages/a/x.ts",
        'import type { Doc } from "../../doc.js";\nimport { y } from "./y.js";\nimport ts from "typescript";',
      ),
      ["doc.ts", "stages/a/y.ts"],
    );
  });

  it("finds a crossing and a cycle when there is one", () => {
    const bad = new Map([
      ["stages/a/index.ts", ["stages/b/util.ts"]],
      ["stages/b/util.ts", ["stages/a/index.ts"]],
    ]);
    assert.deepEqual(findStageCrossings(bad), [
      "stages/a/index.ts -> stages/b/util.ts",
      "stages/b/util.ts -> stages/a/index.ts",
    ]);
    assert.deepEqual(findCycles(bad), ["stages/a/index.ts -> stages/b/util.ts -> stages/a/index.ts"]);
  });

  it("no stage folder imports another: stages talk only through the Doc", () => {
    assert.ok(graph.size > 100, `read ${graph.size} modules`);
    assert.deepEqual(findStageCrossings(graph), []);
  });

  it("no import cycle among src/ modules", () => {
    assert.deepEqual(findCycles(graph), []);
  });
});
