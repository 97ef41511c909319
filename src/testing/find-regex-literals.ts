// Every regular expression written into the source: /literals/ and `new RegExp("...")` with a literal
// string, found with the TypeScript parser so that a "/" in a string, a comment or a division is never
// taken for one. The ReDoS check (regex-safety.test.ts) reads them from here.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

export type RegexLiteral = { file: string; line: number; source: string; flags: string };

/** Regexes in every non-test .ts file under `dir`; `file` is relative to `root`. */
export function findRegexLiteralsIn(dir: string, root: string): RegexLiteral[] {
  return listSourceFiles(dir).flatMap((path) => findRegexLiterals(readFileSync(path, "utf8"), relative(root, path)));
}

/** Regexes in one file's text. */
export function findRegexLiterals(text: string, file: string): RegexLiteral[] {
  const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: RegexLiteral[] = [];
  const lineOf = (node: ts.Node) => sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1;
  const visit = (node: ts.Node) => {
    if (ts.isRegularExpressionLiteral(node)) found.push({ file, line: lineOf(node), ...splitLiteral(node.text) });
    else if (isRegExpCall(node) && node.arguments?.length && ts.isStringLiteralLike(node.arguments[0])) {
      const flags = node.arguments[1] && ts.isStringLiteralLike(node.arguments[1]) ? node.arguments[1].text : "";
      found.push({ file, line: lineOf(node), source: node.arguments[0].text, flags });
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

function isRegExpCall(node: ts.Node): node is ts.NewExpression | ts.CallExpression {
  return (
    (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
    ts.isIdentifier(node.expression) &&
    node.expression.text === "RegExp"
  );
}

/** "/a+b/gi" -> source "a+b", flags "gi": the flags follow the last slash. */
function splitLiteral(literal: string): { source: string; flags: string } {
  const end = literal.lastIndexOf("/");
  return { source: literal.slice(1, end), flags: literal.slice(end + 1) };
}

function listSourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory())
      return name === "fixtures" || name === "node_modules" ? [] : listSourceFiles(path);
    return name.endsWith(".ts") && !name.endsWith(".test.ts") && !name.endsWith(".d.ts") ? [path] : [];
  });
}
