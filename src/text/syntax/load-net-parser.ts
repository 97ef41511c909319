// The shipped tagger and labeller with the feed-forward transition scorer in place of the perceptron's
// (models/syntax-parser-net.bin, not shipped: it scores below the perceptron, models/README.md). Only the
// bench and the net's training ask for it, so the pipeline never loads these modules.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../../paths.js";
import type { SyntaxModel } from "./analyze-words.js";
import { checkTags, loadSyntaxModel } from "./load-syntax-model.js";
import { decodeNetFile, NET_PARSER_FILE } from "./net-file.js";
import { buildNetScorer } from "./net-scorer.js";
import { findNetAtoms, indexVocabulary } from "./net-vocabulary.js";
import { createNetParseScratch, parseWordsByNet } from "./parse-words-net.js";
import type { WordAtoms } from "./word-atoms.js";

/** Words whose shares of the net's hidden layer are computed at load (about 2,000 x 20 x 256 floats, 40 MB). */
const PRECOMPUTED_WORDS = 2000;

export function loadNetSyntaxModel(root = projectRoot()): SyntaxModel {
  const model = loadSyntaxModel(root);
  const path = join(root, NET_PARSER_FILE);
  // A user who asks for the net trains it first.
  if (!existsSync(path)) throw new Error(`${NET_PARSER_FILE} is missing: build it with npm run train:parser-net`);
  const file = decodeNetFile(readFileSync(path));
  checkTags(NET_PARSER_FILE, file.tags, model.tagger.tags);
  const net = buildNetScorer(file.tables, file.dims, indexVocabulary(file.vocabulary), PRECOMPUTED_WORDS);
  // One scratch serves every sentence: parseWordsByNet clears or overwrites all of it per sentence.
  const scratch = createNetParseScratch(net);
  const parseSentence = (words: readonly WordAtoms[], tags: ArrayLike<number>) =>
    parseWordsByNet(findNetAtoms(words, tags, net.vocabulary), net, scratch);
  return { tagger: model.tagger, parser: { ...model.parser, parseSentence } };
}
