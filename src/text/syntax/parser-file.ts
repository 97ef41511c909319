// The parser's weights file: the transition and labeller tables, the relation names, and the tag list the
// features were built with (which must be the tagger's).
import type { ParserModel } from "./analyze-words.js";
import { decodeWeights, encodeWeights } from "./weights-file.js";

export const PARSER_FILE = "models/syntax-parser.bin";

type ParserMeta = { relations: string[]; tags: string[]; beamWidth?: number; about: string };

export function encodeParser(model: ParserModel, tags: readonly string[], about: string): Buffer {
  const meta: ParserMeta = { relations: [...model.relations], tags: [...tags], beamWidth: model.beamWidth, about };
  return encodeWeights(meta, { transitions: model.transitions, labels: model.labels });
}

export function decodeParser(file: Buffer): ParserModel & { tags: string[] } {
  const { meta, tables } = decodeWeights(file);
  const { relations, tags, beamWidth } = meta as ParserMeta;
  // Files written before beam search were trained greedily.
  return { transitions: tables.transitions, labels: tables.labels, relations, tags, beamWidth: beamWidth ?? 1 };
}
