// No dev sentence in the code: comments and string literals in src/ and eval/ must not hold a run of 8 or
// more consecutive words that occurs in the ../shared/eval texts. Quoting dev data in a rule's comment or
// a test is how rules get written for the examples they were tuned on (and several licences forbid
// copying the data). Tests use the seed report or invented sentences instead.
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, it } from "node:test";
import ts from "typescript";
import { projectRoot } from "../src/paths.js";
import { defaultDataDir } from "./run-eval.js";

/** Eight words: long enough that a shared run is a quotation, not a common phrase ("one of the ..."). */
const RUN = 8;
/** Dictionaries and code tables, not sentences: data sources the lexicons may cite by name. */
const NOT_SENTENCES = new Set(["petrarch2-dictionaries", "CAMEO2PLOVER-2021.txt"]);

type Snippet = { file: string; line: number; text: string };

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function listFiles(dir: string, keep: (path: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "node_modules" || name.startsWith(".")) return [];
    return statSync(path).isDirectory() ? listFiles(path, keep) : keep(path) ? [path] : [];
  });
}

/** Every comment and string literal (template parts too) of a TypeScript file, with its line. */
function readSnippets(file: string): Snippet[] {
  const source = readFileSync(file, "utf8");
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const out: Snippet[] = [];
  const seen = new Set<number>();
  const add = (pos: number, text: string) =>
    out.push({ file, line: tree.getLineAndCharacterOfPosition(pos).line + 1, text });
  const comments = (ranges: ts.CommentRange[] | undefined) => {
    for (const r of ranges ?? []) {
      if (seen.has(r.pos)) continue;
      seen.add(r.pos);
      add(r.pos, source.slice(r.pos, r.end));
    }
  };
  const visit = (node: ts.Node) => {
    comments(ts.getLeadingCommentRanges(source, node.getFullStart()));
    comments(ts.getTrailingCommentRanges(source, node.getEnd()));
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) add(node.getStart(), node.text);
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return out;
}

/** The text of a dev file, as words in reading order: markup and CoNLL tag columns dropped. */
function readDevText(path: string): string {
  const raw = readFileSync(path, "utf8");
  if (/\.(?:testa|testb|train)$/.test(path))
    return raw
      .split("\n")
      .map((line) => line.split(" ")[0])
      .join(" ");
  // brat standoff: only the quoted text column is dev text; "E1 Attribution:T4 Cue:T2" is the format.
  if (path.endsWith(".ann"))
    return raw
      .split("\n")
      .map((line) => line.split("\t")[2] ?? "")
      .join("\n");
  return raw.replace(/<[^>]+>/g, " ");
}

describe("no dev sentences in the code", () => {
  const dataDir = defaultDataDir();
  it("comments and strings in src/ and eval/ share no run of 8 words with ../shared/eval", {
    skip: !existsSync(dataDir) && "no ../shared/eval here",
  }, () => {
    const root = projectRoot();
    const code = ["src", "eval"]
      .flatMap((dir) => listFiles(join(root, dir), (p) => p.endsWith(".ts")))
      .flatMap(readSnippets);
    // Index the code's runs (small), then stream the dev texts (large) past it.
    const runs = new Map<string, Snippet>();
    for (const snippet of code) {
      const w = words(snippet.text);
      for (let i = 0; i + RUN <= w.length; i++) runs.set(w.slice(i, i + RUN).join(" "), snippet);
    }
    const hits = new Map<Snippet, string>();
    const folders = readdirSync(dataDir).filter(
      (name) => !NOT_SENTENCES.has(name) && statSync(join(dataDir, name)).isDirectory(),
    );
    const isText = (p: string) => !p.endsWith(".gz") && !NOT_SENTENCES.has(p.split("/").pop()!);
    for (const path of folders.flatMap((f) => listFiles(join(dataDir, f), isText))) {
      const w = words(readDevText(path));
      for (let i = 0; i + RUN <= w.length; i++) {
        const run = w.slice(i, i + RUN).join(" ");
        const snippet = runs.get(run);
        if (snippet && !hits.has(snippet))
          hits.set(snippet, `${relative(root, snippet.file)}:${snippet.line}: "${run}" (${relative(dataDir, path)})`);
      }
    }
    assert.deepEqual([...hits.values()].sort(), []);
  });
});
