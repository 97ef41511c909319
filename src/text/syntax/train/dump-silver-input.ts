// Writes the unlabelled news text the silver trees are parsed from (uptraining, models/README.md) as
// CoNLL-U with the shipped perceptron tagger's tags in the UPOS column and no trees: CoNLL-2003 eng.train,
// PolNeAR's train articles and IndiaPoliceEvents' sentences, all from ../shared/train, never ../shared/eval.
// Each text is cut as the pipeline cuts it (the sentences stage's splitter, then the syntax stage's
// tokenizer), so the silver trees are over the words the parser will meet at run time.
//   npx tsx src/text/syntax/train/dump-silver-input.ts OUT.conllu [--dev DEV.conllu]
// --dev also writes EWT dev with the shipped tagger's tags (gold trees kept), to check the silver parser.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CONFIG } from "../../../config.js";
import { projectRoot } from "../../../paths.js";
import { findSentences, loadSentenceLexicons } from "../../../stages/sentences/index.js";
import { tokenizeSentence } from "../../tokenize-sentence.js";
import { readConll2003 } from "../../word-clusters/train/read-unlabeled-text.js";
import type { ConlluWord } from "../read-conllu.js";
import { findSentenceAtoms, type TaggerModel, tagWords } from "../tag-words.js";
import { decodeTagger, TAGGER_FILE } from "../tagger-file.js";
import { readDevSentences, sharedDir } from "./read-ud-ewt.js";

type SilverSentence = { id: string; forms: string[] };

/** Longer "sentences" are mostly unsplit paragraphs or tables (IndiaPoliceEvents' own caveat). */
const MAX_WORDS = 80;

function main(): void {
  const [out, ...rest] = process.argv.slice(2);
  if (!out) throw new Error("usage: dump-silver-input.ts OUT.conllu [--dev DEV.conllu]");
  const tagger = decodeTagger(readFileSync(join(projectRoot(), TAGGER_FILE)));
  const trainDir = join(sharedDir(), "train");
  const sentences = [...readConll2003Lines(trainDir), ...readPolnear(trainDir), ...readPoliceEvents(trainDir)].filter(
    (s) => s.forms.length > 0 && s.forms.length <= MAX_WORDS,
  );
  writeConllu(out, sentences, tagger);
  const words = sentences.reduce((n, s) => n + s.forms.length, 0);
  console.log(`${out}: ${sentences.length} sentences, ${words} words`);
  const devAt = rest.indexOf("--dev");
  if (devAt >= 0) writeDev(rest[devAt + 1], tagger);
}

/** Text cut as the pipeline cuts it: sentences stage, then the syntax stage's tokenizer. */
function cutText(text: string, id: string): SilverSentence[] {
  const lexicons = (cutText.lexicons ??= loadSentenceLexicons());
  return findSentences(text, lexicons)
    .filter((s) => s.end - s.start <= CONFIG.maxParsedSentenceChars)
    .map((s, k) => ({ id: `${id}-${k + 1}`, forms: tokenizeSentence(text.slice(s.start, s.end)).map((t) => t.text) }));
}
cutText.lexicons = undefined as ReturnType<typeof loadSentenceLexicons> | undefined;

/** eng.train's sentences, each joined back into a line of text (its tokens are CoNLL's, not ours). */
function readConll2003Lines(trainDir: string): SilverSentence[] {
  return readConll2003(trainDir).flatMap((words, k) => cutText(words.join(" "), `conll2003-${k + 1}`));
}

function readPolnear(trainDir: string): SilverSentence[] {
  const dir = join(trainDir, "polnear", "text");
  return readdirSync(dir)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .flatMap((name) => cutText(readFileSync(join(dir, name), "utf8"), `polnear-${name.replace(/\.txt$/, "")}`));
}

function readPoliceEvents(trainDir: string): SilverSentence[] {
  return readFileSync(join(trainDir, "india-police-events", "sents.jsonl"), "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .flatMap((line) => {
      const row = JSON.parse(line) as { doc_id: number; sent_id: number; sent_text: string };
      return cutText(row.sent_text, `ipe-${row.doc_id}-${row.sent_id}`);
    });
}

function writeConllu(path: string, sentences: readonly SilverSentence[], tagger: TaggerModel): void {
  const blocks = sentences.map((s) => {
    const tags = tagWords(s.forms, tagger, findSentenceAtoms(s.forms, tagger));
    const words = s.forms.map((form, i) => ({ form, upos: tagger.tags[tags[i]], head: 0, deprel: "_" }));
    return formatSentence(s.id, words);
  });
  writeFileSync(path, blocks.join(""));
}

function writeDev(path: string, tagger: TaggerModel): void {
  const blocks = readDevSentences().map((s) => {
    const forms = s.words.map((w) => w.form);
    const tags = tagWords(forms, tagger, findSentenceAtoms(forms, tagger));
    return formatSentence(
      s.id,
      s.words.map((w, i) => ({ ...w, upos: tagger.tags[tags[i]] })),
    );
  });
  writeFileSync(path, blocks.join(""));
  console.log(`${path}: ${blocks.length} dev sentences`);
}

/** CoNLL-U with FORM, UPOS, HEAD and DEPREL filled; a form's spaces (none from our tokenizer) kept. */
function formatSentence(id: string, words: readonly ConlluWord[]): string {
  const rows = words.map((w, i) => [i + 1, w.form, "_", w.upos, "_", "_", w.head, w.deprel, "_", "_"].join("\t"));
  return `# sent_id = ${id}\n${rows.join("\n")}\n\n`;
}

main();
