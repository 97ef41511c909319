// Every document's layers, events and claims from one checkout's whole pipeline (NER and syntax in), one JSON
// line a document, so that a speed change can be checked byte for byte against its baseline:
//   npx tsx bench/dump-outputs.ts --root ../main > /tmp/a.jsonl; npx tsx bench/dump-outputs.ts > /tmp/b.jsonl
//   cmp /tmp/a.jsonl /tmp/b.jsonl
// The documents: the pipeline bench's 20 articles, WikiEvents dev, the first 200 RAMS dev, the CoNLL-2003 dev
// documents, LGL's articles, PolNeAR dev texts, the CASE 2021 snippets and
// event-records' text reports without events. Run on demand, not in the tests.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { readGeoCorpus } from "../eval/geoparsing-corpus.js";
import { readQuietDocuments } from "../eval/no-event-documents.js";
import { readSeedArticle } from "../src/testing/fixtures.js";
import { rotateIntoArticles } from "./make-articles.js";

const EVAL = resolve(import.meta.dirname, "../../shared/eval");
type Input = { id: string; text: string; published: string };

const jsonLines = (file: string) =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line));

function readInputs(): Input[] {
  const at = (id: string, text: string, published = "2021-06-28") => ({ id, text, published });
  const bench = rotateIntoArticles(readSeedArticle(), 20).map((text, i) => at(`bench-${i}`, text));
  const wiki = jsonLines(join(EVAL, "wikievents/dev.jsonl")).map((d) => at(d.doc_id, d.tokens.join(" ")));
  const rams = jsonLines(join(EVAL, "rams/dev.jsonlines"))
    .slice(0, 200)
    .map((d) => at(d.doc_key, d.sentences.map((s: string[]) => s.join(" ")).join("\n")));
  const conll = readFileSync(join(EVAL, "conll2003/eng.testa"), "utf8")
    .split("-DOCSTART-")
    .slice(1)
    .map((doc, i) => {
      const sentences = doc.split(/\n\s*\n/).map((s) =>
        s
          .split("\n")
          .filter((l) => l.trim() !== "" && !l.startsWith(" -X-"))
          .map((l) => l.split(" ")[0])
          .join(" "),
      );
      return at(`conll-${i}`, sentences.filter((s) => s !== "").join("\n"));
    });
  const lgl = readGeoCorpus(join(EVAL, "geoparsing/lgl.xml")).map((a) =>
    at(`lgl-${a.id}`, a.text, a.published ?? "2011-01-01"),
  );
  const polnearDir = join(EVAL, "polnear/dev/text");
  const polnear = readdirSync(polnearDir)
    .sort()
    .slice(0, 60)
    .map((name) => at(`polnear-${name}`, readFileSync(join(polnearDir, name), "utf8")));
  const cases = readFileSync(join(EVAL, "case2021-event-types/dev.tsv"), "utf8")
    .split("\n")
    .slice(1)
    .filter((l) => l.includes("\t"))
    .map((l) => at(`case-${l.split("\t")[0]}`, l.split("\t")[1]));
  // event-records' reports without events (the HTML pages would need the clean stage's extraction first).
  const quiet = readQuietDocuments(EVAL)
    .filter((d) => d.kind === "text")
    .map((d) => at(`quiet-${d.id}`, d.text, d.published));
  return [...bench, ...wiki, ...rams, ...conll, ...lgl, ...polnear, ...cases, ...quiet];
}

async function dump(root: string): Promise<void> {
  const load = (path: string) => import(pathToFileURL(join(root, path)).href);
  const [{ createDoc }, { buildPipeline, buildStages }, { loadResources }] = await Promise.all(
    ["src/doc.ts", "src/pipeline.ts", "src/resources.ts"].map(load),
  );
  const pipeline = buildPipeline(buildStages(loadResources()));
  const inputs = readInputs();
  for (const input of inputs) {
    const doc = pipeline.run(createDoc(input.id, input.text, { origin: "dump", published: input.published }));
    process.stdout.write(
      `${JSON.stringify({ id: doc.id, layers: doc.layers, events: doc.events, claims: doc.claims })}\n`,
    );
  }
  process.stderr.write(`${inputs.length} documents\n`);
}

const at = process.argv.indexOf("--root");
await dump(resolve(at > 0 ? process.argv[at + 1] : resolve(import.meta.dirname, "..")));
