// The BiLSTM + biaffine parser (Dozat & Manning 2017, small; models/README.md): a sentence's forms and the
// perceptron tagger's tags → one projective tree with one root (Eisner), a relation per word, and the joint
// UPOS head's tags.
import { type BiaffineEncoder, type EncoderInput, encodeSentence, ROOT_ID, UNKNOWN_ID } from "./biaffine-encoder.js";
import type { BiaffineFile } from "./biaffine-file.js";
import { type BiaffineScorer, type Linear, labelHeads, scoreArcs, tagByStates } from "./biaffine-scorer.js";
import { decodeEisner } from "./eisner.js";

export type BiaffineParser = {
  encoder: BiaffineEncoder;
  scorer: BiaffineScorer;
  words: ReadonlyMap<string, number>;
  /** Lower-cased word → its pretrained row + 3, when the file has them. */
  glove?: ReadonlyMap<string, number>;
  suffixes: ReadonlyMap<string, number>;
  suffixLength: number;
  relations: readonly string[];
  upos: readonly string[];
};
/** Indexed by word, 0 being the root: heads, relation ids into `relations`, UPOS ids into `upos`. */
export type BiaffineAnalysis = { heads: Int32Array; labels: Int32Array; upos: Int32Array };

export function buildBiaffineParser(file: BiaffineFile): BiaffineParser {
  const t = (name: string) => {
    const values = file.tensors.get(name);
    if (!values) throw new Error(`biaffine weights file: no tensor ${name}`);
    return values;
  };
  const linear = (name: string): Linear => ({
    weights: t(`${name}.weight`),
    bias: t(`${name}.bias`),
    outDim: t(`${name}.bias`).length,
  });
  const { hidden, layers } = file.settings;
  const direction = (suffix: string) => {
    const [ih, hh] = [t(`lstm.bias_ih_${suffix}`), t(`lstm.bias_hh_${suffix}`)];
    return {
      inputWeights: t(`lstm.weight_ih_${suffix}`),
      hiddenWeights: t(`lstm.weight_hh_${suffix}`),
      bias: ih.map((v, k) => v + hh[k]),
    };
  };
  const embeddings = {
    word: t("word.weight"),
    suffix: t("suffix.weight"),
    shape: t("shape.weight"),
    tag: t("tag.weight"),
  };
  const rows = (table: Float32Array, count: number) => table.length / count;
  const encoder: BiaffineEncoder = {
    embeddings,
    embeddingDims: {
      word: rows(embeddings.word, file.words.length + 3),
      suffix: rows(embeddings.suffix, file.suffixes.length + 3),
      shape: rows(embeddings.shape, 6),
      tag: rows(embeddings.tag, file.tags.length + 3),
    },
    layers: Array.from({ length: layers }, (_, l) => [direction(`l${l}`), direction(`l${l}_reverse`)]),
    hidden,
    glove: file.glove && { ...file.glove, mode: file.settings.glove_mode ?? "sum" },
  };
  const scorer: BiaffineScorer = {
    arcDep: linear("arc_dep"),
    arcHead: linear("arc_head"),
    arcU: t("arc_u"),
    arcHeadBias: t("arc_head_bias"),
    relDep: linear("rel_dep"),
    relHead: linear("rel_head"),
    relU: t("rel_u"),
    relLinear: linear("rel_w"),
    upos: linear("upos_out"),
  };
  const index = (names: string[]) => new Map(names.map((name, k) => [name, k + 3]));
  return {
    encoder,
    scorer,
    words: index(file.words),
    glove: file.glove && index(file.glove.words),
    suffixes: index(file.suffixes),
    suffixLength: file.settings.suffix_len,
    relations: file.relations,
    upos: file.upos,
  };
}

export function analyzeByBiaffine(
  forms: readonly string[],
  tags: ArrayLike<number>,
  parser: BiaffineParser,
): BiaffineAnalysis {
  const input = findEncoderInput(forms, tags, parser);
  const size = forms.length + 1;
  const states = encodeSentence(input, parser.encoder);
  const heads = decodeEisner(scoreArcs(states, size, parser.scorer), size);
  return { heads, labels: labelHeads(states, heads, parser.scorer), upos: tagByStates(states, size, parser.scorer) };
}

function findEncoderInput(forms: readonly string[], tags: ArrayLike<number>, parser: BiaffineParser): EncoderInput {
  const size = forms.length + 1;
  const input: EncoderInput = {
    words: new Int32Array(size),
    suffixes: new Int32Array(size),
    shapes: new Int32Array(size),
    tags: new Int32Array(size),
    glove: new Int32Array(size),
  };
  input.words[0] = input.suffixes[0] = input.tags[0] = ROOT_ID;
  if (input.glove) input.glove[0] = ROOT_ID;
  forms.forEach((form, k) => {
    const lower = form.toLowerCase();
    input.words[k + 1] = parser.words.get(lower) ?? UNKNOWN_ID;
    if (input.glove) input.glove[k + 1] = parser.glove?.get(lower) ?? UNKNOWN_ID;
    // Code points, as Python slices strings.
    input.suffixes[k + 1] = parser.suffixes.get([...lower].slice(-parser.suffixLength).join("")) ?? UNKNOWN_ID;
    input.shapes[k + 1] = shapeIdOf(form);
    input.tags[k + 1] = tags[k] + 3;
  });
  return input;
}

/** 1 lower, 2 Capitalised, 3 UPPER (2+ letters), 4 has a digit, 5 anything else (train-parser-biaffine.py). */
export function shapeIdOf(form: string): number {
  let isCased = true;
  for (const char of form) {
    if (char >= "0" && char <= "9") return 4;
    if (char.toLowerCase() === char.toUpperCase()) isCased = false;
  }
  if (!isCased) return 5;
  if (form.toLowerCase() === form) return 1;
  if (form.toUpperCase() === form && [...form].length > 1) return 3;
  return 2;
}
