// Where the training scripts find UD English EWT: train from ../shared/train, dev from ../shared/eval.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../../../paths.js";
import { type ConlluSentence, readConllu } from "../read-conllu.js";

export function sharedDir(): string {
  return join(projectRoot(), "..", "shared");
}

export function readTrainSentences(): ConlluSentence[] {
  return readConllu(readFileSync(join(sharedDir(), "train", "ud-english-ewt", "en_ewt-ud-train.conllu"), "utf8"));
}

export function readDevSentences(): ConlluSentence[] {
  const dir = join(sharedDir(), "eval", "ud-ewt");
  return readdirSync(dir)
    .filter((name) => name.endsWith(".conllu"))
    .sort()
    .flatMap((name) => readConllu(readFileSync(join(dir, name), "utf8")));
}
