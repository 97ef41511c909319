// Reads the shipped tagger and parser weights (about 0.5 s; 11 MB of packed tables once decoded). Call it once
// and pass the model to whatever needs it: nothing here caches.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../../paths.js";
import type { SyntaxModel } from "./analyze-words.js";
import { decodeParser, PARSER_FILE } from "./parser-file.js";
import { loadSpeechTagVerbs } from "./speech-tag.js";
import { decodeTagger, TAGGER_FILE } from "./tagger-file.js";

export function loadSyntaxModel(root = projectRoot()): SyntaxModel {
  const tagger = decodeTagger(readFileSync(join(root, TAGGER_FILE)));
  const parser = decodeParser(readFileSync(join(root, PARSER_FILE)));
  checkTags(PARSER_FILE, parser.tags, tagger.tags);
  return { tagger, parser, speechTagVerbs: loadSpeechTagVerbs() };
}

export function checkTags(file: string, trained: readonly string[], predicted: readonly string[]): void {
  if (trained.join(" ") !== predicted.join(" "))
    throw new Error(
      `${file} was trained with tags ${trained.join(" ")}, but ${TAGGER_FILE} predicts ${predicted.join(" ")}: retrain the parser`,
    );
}
