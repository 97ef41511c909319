// The few dense operations the BiLSTM + biaffine parser needs, on row-major Float32Arrays.

/** out[t][o] = bias[o] + Σ_i weights[o][i] · x[t][i], for every one of `rows` inputs of width `inDim`. */
export function projectRows(
  x: Float32Array,
  rows: number,
  inDim: number,
  weights: Float32Array,
  bias: Float32Array | undefined,
  outDim: number,
): Float32Array {
  const out = new Float32Array(rows * outDim);
  for (let t = 0; t < rows; t++) {
    const xOffset = t * inDim;
    for (let o = 0; o < outDim; o++) {
      out[t * outDim + o] = (bias ? bias[o] : 0) + dot(weights, o * inDim, x, xOffset, inDim);
    }
  }
  return out;
}

/** Σ a[aOffset + k] · b[bOffset + k] for k < length, four lanes at a time. */
export function dot(a: Float32Array, aOffset: number, b: Float32Array, bOffset: number, length: number): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let k = 0;
  for (; k + 3 < length; k += 4) {
    s0 += a[aOffset + k] * b[bOffset + k];
    s1 += a[aOffset + k + 1] * b[bOffset + k + 1];
    s2 += a[aOffset + k + 2] * b[bOffset + k + 2];
    s3 += a[aOffset + k + 3] * b[bOffset + k + 3];
  }
  for (; k < length; k++) s0 += a[aOffset + k] * b[bOffset + k];
  return s0 + s1 + s2 + s3;
}

/** LeakyReLU with slope 0.1, as trained (Dozat & Manning's MLPs), in place. */
export function leakyRelu(values: Float32Array): Float32Array {
  for (let k = 0; k < values.length; k++) if (values[k] < 0) values[k] *= 0.1;
  return values;
}

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}
