// Scores perceptron parser files on UD English EWT dev with the repository's scorer (the ud-ewt eval's, on
// its tune and check halves), each with the shipped tagger: to compare uptrained parsers with the shipped one
// without copying them over models/syntax-parser.bin.
//   npx tsx src/text/syntax/train/score-parser-dev.ts PARSER.bin [PARSER.bin ...]
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../../../paths.js";
import { checkTags } from "../load-syntax-model.js";
import { decodeParser } from "../parser-file.js";
import { decodeTagger, TAGGER_FILE } from "../tagger-file.js";
import { scoreBiaffineDev } from "./score-biaffine-dev.js";

const tagger = decodeTagger(readFileSync(join(projectRoot(), TAGGER_FILE)));
for (const path of process.argv.slice(2)) {
  const parser = decodeParser(readFileSync(path));
  checkTags(path, parser.tags, tagger.tags);
  console.log(path);
  for (const line of scoreBiaffineDev({ tagger, parser })) console.log(`  ${line}`);
}
