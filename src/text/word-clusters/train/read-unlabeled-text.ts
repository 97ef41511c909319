// The unlabeled text word clusters are learnt from: the words of ../shared/train only (UD EWT train,
// CoNLL-2003 eng.train, PolNeAR's articles, IndiaPoliceEvents' sentences), never ../shared/eval. The two
// raw-text sources are cut by the syntax stage's own tokenizer, so the clusters see words as it does.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readConllu } from "../../syntax/read-conllu.js";
import { tokenizeSentence } from "../../tokenize-sentence.js";

export type UnlabeledSource = { name: string; sentences: string[][] };

export function readUnlabeledText(trainDir: string): UnlabeledSource[] {
  return [
    { name: "ud-english-ewt", sentences: readEwt(trainDir) },
    { name: "conll2003", sentences: readConll2003(trainDir) },
    { name: "polnear", sentences: readPolnear(trainDir) },
    { name: "india-police-events", sentences: readPoliceEvents(trainDir) },
  ];
}

function readEwt(trainDir: string): string[][] {
  const file = join(trainDir, "ud-english-ewt", "en_ewt-ud-train.conllu");
  return readConllu(readFileSync(file, "utf8")).map((s) => s.words.map((w) => w.form));
}

/** eng.train's sentences as CoNLL's tokens, documents' -DOCSTART- lines left out. */
export function readConll2003(trainDir: string): string[][] {
  const sentences: string[][] = [[]];
  for (const line of readFileSync(join(trainDir, "conll2003", "eng.train"), "utf8").split("\n")) {
    const form = line.split(" ")[0];
    if (!form || form === "-DOCSTART-") {
      if (sentences[sentences.length - 1].length > 0) sentences.push([]);
    } else sentences[sentences.length - 1].push(form);
  }
  return sentences.filter((s) => s.length > 0);
}

/** Each paragraph (line) of each article, tokenized whole: the tokenizer splits off a sentence's final mark. */
function readPolnear(trainDir: string): string[][] {
  const dir = join(trainDir, "polnear", "text");
  return readdirSync(dir)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .flatMap((name) => readFileSync(join(dir, name), "utf8").split("\n"))
    .map((line) => tokenizeSentence(line).map((t) => t.text))
    .filter((words) => words.length > 0);
}

function readPoliceEvents(trainDir: string): string[][] {
  return readFileSync(join(trainDir, "india-police-events", "sents.jsonl"), "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => tokenizeSentence((JSON.parse(line) as { sent_text: string }).sent_text).map((t) => t.text))
    .filter((words) => words.length > 0);
}
