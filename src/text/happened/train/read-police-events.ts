// IndiaPoliceEvents (../shared/train/india-police-events/sents.jsonl) as training examples: each police-action
// word (police-action-words.txt) in a sentence, parsed by the shipped tagger and parser,
// labelled by whether the sentence reports a police action that happened (its adjudicated ANY_ACTION label).
// Sentences labelled only FAIL (the police failed to act) are left out: there the action is what did not
// happen, but the sentence is labelled as an event.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../../../paths.js";
import { analyzeWords, type SyntaxModel } from "../../syntax/analyze-words.js";
import { tokenizeSentence } from "../../tokenize-sentence.js";
import { buildParsedWords, type ParsedWords } from "../parsed-words.js";

export type PoliceExample = { docId: number; sentId: number; parse: ParsedWords; token: number; happened: boolean };
type SentenceRow = { doc_id: number; sent_id: number; sent_text: string; sent_labels: string[] };

// Sentences longer than this are mostly broken splits of whole paragraphs (the corpus's own caveat).
const MAX_WORDS = 80;

/** `isWanted` picks documents by id (the held-out test parses only its slice). */
export function readPoliceExamples(
  model: SyntaxModel,
  dataDir: string,
  isWanted: (docId: number) => boolean = () => true,
): PoliceExample[] {
  const actionWords = readActionWords();
  const examples: PoliceExample[] = [];
  for (const line of readFileSync(join(dataDir, "sents.jsonl"), "utf8").split("\n")) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as SentenceRow;
    if (!isWanted(row.doc_id)) continue;
    if (row.sent_labels.length > 0 && !row.sent_labels.includes("ANY_ACTION")) continue;
    if (row.sent_labels.length === 2 && row.sent_labels.includes("FAIL")) continue;
    const words = tokenizeSentence(row.sent_text).map((t) => t.text);
    if (words.length > MAX_WORDS) continue;
    const actions = words.flatMap((w, i) => (actionWords.some((p) => p.test(w.toLowerCase())) ? [i] : []));
    if (actions.length === 0) continue;
    const analysis = analyzeWords(words, model);
    const parse = buildParsedWords(
      words,
      analysis.map((a) => a.upos),
      analysis.map((a) => a.head - 1),
      analysis.map((a) => a.deprel),
    );
    const happened = row.sent_labels.includes("ANY_ACTION");
    for (const token of actions) examples.push({ docId: row.doc_id, sentId: row.sent_id, parse, token, happened });
  }
  return examples;
}

function readActionWords(): RegExp[] {
  const file = join(projectRoot(), "src/text/happened/train/police-action-words.txt");
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() && !line.startsWith("#"))
    .map((line) => new RegExp(line.trim()));
}

/** One document in five, chosen by its id, is held out: sentences of one report never straddle the split. */
export function isHeldOut(docId: number): boolean {
  return docId % 5 === 0;
}
