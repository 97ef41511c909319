// The parser's encoder: each word's embeddings (lower-cased word, suffix, letter-case shape, the perceptron
// tagger's tag) through a stacked bidirectional LSTM, one sentence at a time, the root as word 0. When the
// file has pretrained vectors, the word's frozen GloVe row is added to its trainable word embedding
// ("sum") or appended after the tag's ("concat"), as train-parser-biaffine.py's --glove-mode.
import type { PretrainedRows } from "./biaffine-file.js";
import { dot, projectRows, sigmoid } from "./biaffine-math.js";

/** Ids every vocabulary shares (train-parser-biaffine.py). */
export const UNKNOWN_ID = 1;
export const ROOT_ID = 2;

export type LstmDirection = { inputWeights: Float32Array; hiddenWeights: Float32Array; bias: Float32Array };
export type BiaffineEncoder = {
  embeddings: { word: Float32Array; suffix: Float32Array; shape: Float32Array; tag: Float32Array };
  embeddingDims: { word: number; suffix: number; shape: number; tag: number };
  /** Per layer, forward then backward. */
  layers: [LstmDirection, LstmDirection][];
  hidden: number;
  glove?: PretrainedRows & { mode: "sum" | "concat" };
};
/** Per word, root first: the ids into each embedding table (`glove`: row + 3, as the word ids count). */
export type EncoderInput = {
  words: Int32Array;
  suffixes: Int32Array;
  shapes: Int32Array;
  tags: Int32Array;
  glove?: Int32Array;
};

export function encodeSentence(input: EncoderInput, encoder: BiaffineEncoder): Float32Array {
  const size = input.words.length;
  let x = embedWords(input, encoder);
  let width = x.length / size;
  for (const [forward, backward] of encoder.layers) {
    const out = new Float32Array(size * 2 * encoder.hidden);
    runDirection(x, size, width, forward, encoder.hidden, out, 0, false);
    runDirection(x, size, width, backward, encoder.hidden, out, encoder.hidden, true);
    x = out;
    width = 2 * encoder.hidden;
  }
  return x;
}

function embedWords(input: EncoderInput, encoder: BiaffineEncoder): Float32Array {
  const d = encoder.embeddingDims;
  const glove = encoder.glove;
  const appended = glove?.mode === "concat" ? glove.dims : 0;
  const width = d.word + d.suffix + d.shape + d.tag + appended;
  const x = new Float32Array(input.words.length * width);
  for (let t = 0; t < input.words.length; t++) {
    let at = t * width;
    const parts: [Float32Array, number, number][] = [
      [encoder.embeddings.word, input.words[t], d.word],
      [encoder.embeddings.suffix, input.suffixes[t], d.suffix],
      [encoder.embeddings.shape, input.shapes[t], d.shape],
      [encoder.embeddings.tag, input.tags[t], d.tag],
    ];
    for (const [table, id, dims] of parts) {
      x.set(table.subarray(id * dims, (id + 1) * dims), at);
      at += dims;
    }
    if (glove && input.glove) addPretrained(x, appended ? at : t * width, glove, input.glove[t] - 3);
  }
  return x;
}

/** x[at..at+dims] += the pretrained row (pad, unknown and root, negative rows here, have none). */
function addPretrained(x: Float32Array, at: number, glove: PretrainedRows, row: number): void {
  if (row < 0) return;
  const scale = glove.scales[row];
  const from = row * glove.dims;
  for (let k = 0; k < glove.dims; k++) x[at + k] += glove.values[from + k] * scale;
}

/** One LSTM direction (PyTorch's gate order i, f, g, o), its states written at out[t][offset..offset+H]. */
function runDirection(
  x: Float32Array,
  size: number,
  width: number,
  lstm: LstmDirection,
  hidden: number,
  out: Float32Array,
  offset: number,
  isBackward: boolean,
): void {
  // The input's share of every gate for all words at once; only the recurrent share is sequential.
  const gatesIn = projectRows(x, size, width, lstm.inputWeights, lstm.bias, 4 * hidden);
  const h = new Float32Array(hidden);
  const c = new Float32Array(hidden);
  const gates = new Float32Array(4 * hidden);
  for (let step = 0; step < size; step++) {
    const t = isBackward ? size - 1 - step : step;
    for (let g = 0; g < 4 * hidden; g++)
      gates[g] = gatesIn[t * 4 * hidden + g] + dot(lstm.hiddenWeights, g * hidden, h, 0, hidden);
    for (let k = 0; k < hidden; k++) {
      const i = sigmoid(gates[k]);
      const f = sigmoid(gates[hidden + k]);
      const cell = Math.tanh(gates[2 * hidden + k]);
      const o = sigmoid(gates[3 * hidden + k]);
      c[k] = f * c[k] + i * cell;
      h[k] = o * Math.tanh(c[k]);
    }
    out.set(h, t * 2 * hidden + offset);
  }
}
