// The compact weights format: gzip of "SYNW" + uint32 header length + a JSON header (the tables' shapes,
// quantisation scales and whatever vocabulary the model needs) + per table the indexes of its non-zero
// rows (uint32) and their weights as int16. Averaged perceptron weights are mostly zero rows (features
// never updated, or updated and cancelled), so storing only the rest keeps the files to a few MB.
import { gunzipSync, gzipSync } from "node:zlib";
import type { Perceptron } from "./averaged-perceptron.js";
import { packRows } from "./packed-rows.js";

const MAGIC = "SYNW";

type TableHeader = { name: string; classes: number; bits: number; scale: number; rows: number };
export type WeightsFile = { meta: Record<string, unknown>; tables: Record<string, Perceptron> };

export function encodeWeights(meta: Record<string, unknown>, tables: Record<string, Perceptron>): Buffer {
  const headers: TableHeader[] = [];
  const bodies: Buffer[] = [];
  for (const [name, model] of Object.entries(tables)) {
    const { header, body } = encodeTable(name, model);
    headers.push(header);
    bodies.push(body);
  }
  const json = Buffer.from(JSON.stringify({ meta, tables: headers }), "utf8");
  const prefix = Buffer.alloc(8);
  prefix.write(MAGIC, 0, "ascii");
  prefix.writeUInt32LE(json.length, 4);
  return gzipSync(Buffer.concat([prefix, json, ...bodies]), { level: 9 });
}

function encodeTable(name: string, model: Perceptron): { header: TableHeader; body: Buffer } {
  const { classes, weights } = model;
  if (!(weights instanceof Float32Array)) throw new Error(`table ${name} is already quantised`);
  let largest = 0;
  for (const w of weights) largest = Math.max(largest, Math.abs(w));
  const scale = largest > 0 ? largest / 32767 : 1;
  const rows: number[] = [];
  for (let row = 0; row < weights.length / classes; row++) {
    if (hasNonZero(weights, row * classes, classes, scale)) rows.push(row);
  }
  const index = new Uint32Array(rows);
  const values = new Int16Array(rows.length * classes);
  rows.forEach((row, r) => {
    for (let c = 0; c < classes; c++) values[r * classes + c] = Math.round(weights[row * classes + c] / scale);
  });
  const body = Buffer.concat([Buffer.from(index.buffer), Buffer.from(values.buffer)]);
  return { header: { name, classes, bits: model.bits, scale, rows: rows.length }, body };
}

function hasNonZero(weights: Float32Array, from: number, count: number, scale: number): boolean {
  for (let c = 0; c < count; c++) if (Math.round(weights[from + c] / scale) !== 0) return true;
  return false;
}

export function decodeWeights(gzipped: Buffer): WeightsFile {
  const data = gunzipSync(gzipped);
  if (data.toString("ascii", 0, 4) !== MAGIC) throw new Error("not a sitrep weights file (bad magic)");
  const headerLength = data.readUInt32LE(4);
  const header = JSON.parse(data.toString("utf8", 8, 8 + headerLength)) as {
    meta: Record<string, unknown>;
    tables: TableHeader[];
  };
  let offset = 8 + headerLength;
  const tables: Record<string, Perceptron> = {};
  for (const table of header.tables) {
    // Copy out of the decompressed buffer: typed-array views need aligned offsets.
    const index = new Uint32Array(
      data.buffer.slice(data.byteOffset + offset, data.byteOffset + offset + table.rows * 4),
    );
    offset += table.rows * 4;
    const valueBytes = table.rows * table.classes * 2;
    const values = new Int16Array(data.buffer.slice(data.byteOffset + offset, data.byteOffset + offset + valueBytes));
    offset += valueBytes;
    // Scores in units of `scale`, which argmax comparisons do not need.
    const { classes, bits } = table;
    tables[table.name] = { classes, bits, weights: packRows(classes, bits, index, values), step: 1 };
  }
  return { meta: header.meta, tables };
}
