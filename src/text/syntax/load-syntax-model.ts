// Reads the shipped tagger and parser weights (about 0.5 s; 11 MB of packed tables once decoded). Call it once
// and pass the model to whatever needs it: nothing here caches.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../../paths.js";
import type { SyntaxModel } from "./analyze-words.js";
import { decodeNetFile, NET_PARSER_FILE } from "./net-file.js";
import { buildNetScorer, type NetScorer } from "./net-scorer.js";
import { indexVocabulary } from "./net-vocabulary.js";
import { decodeParser, PARSER_FILE } from "./parser-file.js";
import { decodeTagger, TAGGER_FILE } from "./tagger-file.js";

/** Which transition scorer parses: the averaged perceptron or the feed-forward net (models/README.md). */
export type SyntaxOptions = { scorer: "perceptron" | "net" };
export const SYNTAX_DEFAULTS: SyntaxOptions = { scorer: "perceptron" };

/** Words whose shares of the net's hidden layer are computed at load (about 2,000 x 20 x 256 floats, 40 MB). */
const PRECOMPUTED_WORDS = 2000;

export function loadSyntaxModel(root = projectRoot(), options = SYNTAX_DEFAULTS): SyntaxModel {
  const tagger = decodeTagger(readFileSync(join(root, TAGGER_FILE)));
  const parser = decodeParser(readFileSync(join(root, PARSER_FILE)));
  checkTags(PARSER_FILE, parser.tags, tagger.tags);
  if (options.scorer === "net") return { tagger, parser: { ...parser, net: loadNetScorer(root, tagger.tags) } };
  return { tagger, parser };
}

function loadNetScorer(root: string, tags: readonly string[]): NetScorer {
  const path = join(root, NET_PARSER_FILE);
  // Not shipped (it scores below the perceptron, models/README.md): a user who asks for it trains it.
  if (!existsSync(path)) throw new Error(`${NET_PARSER_FILE} is missing: build it with npm run train:parser-net`);
  const file = decodeNetFile(readFileSync(path));
  checkTags(NET_PARSER_FILE, file.tags, tags);
  return buildNetScorer(file.tables, file.dims, indexVocabulary(file.vocabulary), PRECOMPUTED_WORDS);
}

function checkTags(file: string, trained: readonly string[], predicted: readonly string[]): void {
  if (trained.join(" ") !== predicted.join(" "))
    throw new Error(
      `${file} was trained with tags ${trained.join(" ")}, but ${TAGGER_FILE} predicts ${predicted.join(" ")}: retrain the parser`,
    );
}
