// The BiLSTM + biaffine parser's weights file (written by train/train-parser-biaffine.py): uint32 header
// length, a JSON header (vocabularies, settings, tensor names and shapes in order), padding to an even byte,
// then every tensor as little-endian float16, row-major as PyTorch holds it; then, when the header has
// `glove`, the frozen pretrained word vectors (GloVe rows, models/README.md): one float16 scale per row,
// then the rows as int8 (a value is int8 × its row's scale).
export const BIAFFINE_PARSER_FILE = "models/syntax-parser-biaffine.bin";

export type BiaffineSettings = { hidden: number; layers: number; suffix_len: number; glove_mode?: "sum" | "concat" };
/** Pretrained vectors for `words` (row k is words[k]'s), kept quantised: dequantised per lookup. */
export type PretrainedRows = { words: string[]; dims: number; values: Int8Array; scales: Float32Array };
export type BiaffineFile = {
  settings: BiaffineSettings;
  words: string[];
  suffixes: string[];
  tags: string[];
  relations: string[];
  upos: string[];
  tensors: Map<string, Float32Array>;
  glove?: PretrainedRows;
};
type Header = Omit<BiaffineFile, "tensors" | "glove"> & {
  format: string;
  tensors: { name: string; shape: number[] }[];
  glove?: { words: string[]; dims: number };
};

export function decodeBiaffineFile(data: Buffer): BiaffineFile {
  const length = data.readUInt32LE(0);
  const {
    format,
    tensors: shapes,
    glove: gloveHeader,
    ...meta
  } = JSON.parse(data.toString("utf8", 4, 4 + length)) as Header;
  if (format !== "sitrep-biaffine-1") throw new Error(`not a sitrep biaffine weights file (format ${format})`);
  let offset = 4 + length + ((4 + length) % 2);
  const half = halfToFloatTable();
  const tensors = new Map<string, Float32Array>();
  for (const { name, shape } of shapes) {
    const size = shape.reduce((a, b) => a * b, 1);
    const values = new Float32Array(size);
    for (let k = 0; k < size; k++) values[k] = half[data.readUInt16LE(offset + 2 * k)];
    tensors.set(name, values);
    offset += 2 * size;
  }
  let glove: PretrainedRows | undefined;
  if (gloveHeader) {
    const rows = gloveHeader.words.length;
    const scales = new Float32Array(rows);
    for (let k = 0; k < rows; k++) scales[k] = half[data.readUInt16LE(offset + 2 * k)];
    offset += 2 * rows;
    const values = new Int8Array(
      data.buffer.slice(data.byteOffset + offset, data.byteOffset + offset + rows * gloveHeader.dims),
    );
    offset += rows * gloveHeader.dims;
    glove = { ...gloveHeader, values, scales };
  }
  if (offset !== data.length) throw new Error(`biaffine weights file: ${data.length - offset} bytes left over`);
  return { ...meta, tensors, glove };
}

/** Every float16 bit pattern's value (256 kB), so decoding is one lookup per weight. */
function halfToFloatTable(): Float32Array {
  const table = new Float32Array(65536);
  for (let bits = 0; bits < 65536; bits++) {
    const sign = bits & 0x8000 ? -1 : 1;
    const exponent = (bits >> 10) & 0x1f;
    const fraction = bits & 0x3ff;
    if (exponent === 0) table[bits] = sign * 2 ** -14 * (fraction / 1024);
    else if (exponent === 31) table[bits] = fraction ? Number.NaN : sign * Number.POSITIVE_INFINITY;
    else table[bits] = sign * 2 ** (exponent - 15) * (1 + fraction / 1024);
  }
  return table;
}
