// The feed-forward scorer's weights file: gzip of "SYNN" + uint32 header length + a JSON header (the tag
// list the inputs were built with, the vocabulary in id order, dimensions and table shapes) + the tables as
// little-endian float32 in header order.
import { gunzipSync, gzipSync } from "node:zlib";
import type { NetDims, NetTables } from "./net-scorer.js";

export const NET_PARSER_FILE = "models/syntax-parser-net.bin";
const MAGIC = "SYNN";

export type NetFile = { tags: string[]; vocabulary: string[]; dims: NetDims; tables: NetTables; about: string };
type Header = Omit<NetFile, "tables"> & { shapes: [keyof NetTables, number][] };

export function encodeNetFile(file: NetFile): Buffer {
  const { tables, ...meta } = file;
  const names = Object.keys(tables) as (keyof NetTables)[];
  const header: Header = { ...meta, shapes: names.map((name) => [name, tables[name].length]) };
  const json = Buffer.from(JSON.stringify(header), "utf8");
  const prefix = Buffer.alloc(8);
  prefix.write(MAGIC, 0, "ascii");
  prefix.writeUInt32LE(json.length, 4);
  const bodies = names.map((name) =>
    Buffer.from(tables[name].buffer, tables[name].byteOffset, tables[name].byteLength),
  );
  return gzipSync(Buffer.concat([prefix, json, ...bodies]), { level: 9 });
}

export function decodeNetFile(gzipped: Buffer): NetFile {
  const data = gunzipSync(gzipped);
  if (data.toString("ascii", 0, 4) !== MAGIC) throw new Error("not a sitrep net weights file (bad magic)");
  const length = data.readUInt32LE(4);
  const { shapes, ...meta } = JSON.parse(data.toString("utf8", 8, 8 + length)) as Header;
  let offset = 8 + length;
  const tables = {} as NetTables;
  for (const [name, size] of shapes) {
    // Copied out: a typed-array view needs an aligned offset.
    tables[name] = new Float32Array(data.buffer.slice(data.byteOffset + offset, data.byteOffset + offset + size * 4));
    offset += size * 4;
  }
  return { ...meta, tables };
}
