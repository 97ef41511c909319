// The shipped tagger with the BiLSTM + biaffine parser in place of the transition parser and labeller
// (models/syntax-parser-biaffine.bin, built by npm run train:parser-biaffine; models/README.md).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../../paths.js";
import type { SyntaxModel } from "./analyze-words.js";
import { BIAFFINE_PARSER_FILE, decodeBiaffineFile } from "./biaffine-file.js";
import { analyzeByBiaffine, buildBiaffineParser } from "./biaffine-parser.js";
import { checkTags, loadSyntaxModel } from "./load-syntax-model.js";

/** `upos: "biaffine"` takes the joint UPOS head's tags instead of the perceptron tagger's. */
export function loadBiaffineSyntaxModel(
  root = projectRoot(),
  options: { upos?: "tagger" | "biaffine" } = {},
): SyntaxModel {
  const path = join(root, BIAFFINE_PARSER_FILE);
  // A user who asks for the biaffine parser trains it first.
  if (!existsSync(path))
    throw new Error(`${BIAFFINE_PARSER_FILE} is missing: build it with npm run train:parser-biaffine`);
  const model = loadSyntaxModel(root);
  const file = decodeBiaffineFile(readFileSync(path));
  checkTags(BIAFFINE_PARSER_FILE, file.tags, model.tagger.tags);
  const parser = buildBiaffineParser(file);
  const analyzeSentence = (forms: readonly string[], tags: ArrayLike<number>) => {
    const analysis = analyzeByBiaffine(forms, tags, parser);
    return { ...analysis, upos: options.upos === "biaffine" ? analysis.upos : undefined };
  };
  return {
    tagger: model.tagger,
    parser: { ...model.parser, relations: parser.relations, analyzeSentence, upos: parser.upos },
  };
}
