// The gazetteer's index file: a header, two tables of byte offsets, then the UTF-8 lines (place rows, then
// "name<TAB>row,row" lines sorted by name). Loading is one file read and two typed-array views, about 20 ms
// for 20 MB, where splitting the same text into 600,000 strings took 300 ms and held them all; a lookup
// decodes the dozen name lines its binary search visits and the place rows it returns.
//   bytes 0-7 magic, u32 place count P, u32 name count N, (P+1) u32 place offsets, (N+1) u32 name offsets, text
const MAGIC = "SRGAZ001";

export type GazetteerIndex = { text: Buffer; placeOffsets: Uint32Array; nameOffsets: Uint32Array };

export function encodeIndex(lines: { places: string[]; names: string[] }): Buffer {
  const placeBytes = lines.places.map((line) => Buffer.from(line, "utf8"));
  const nameBytes = lines.names.map((line) => Buffer.from(line, "utf8"));
  const placeOffsets = cumulativeOffsets(placeBytes, 0);
  const nameOffsets = cumulativeOffsets(nameBytes, placeOffsets[placeOffsets.length - 1]);
  const header = Buffer.alloc(16);
  header.write(MAGIC, 0, "latin1");
  header.writeUInt32LE(lines.places.length, 8);
  header.writeUInt32LE(lines.names.length, 12);
  return Buffer.concat([
    header,
    Buffer.from(placeOffsets.buffer),
    Buffer.from(nameOffsets.buffer),
    ...placeBytes,
    ...nameBytes,
  ]);
}

/** Where each line starts, and where the last ends. */
function cumulativeOffsets(lines: Buffer[], start: number): Uint32Array {
  const offsets = new Uint32Array(lines.length + 1);
  offsets[0] = start;
  lines.forEach((bytes, i) => (offsets[i + 1] = offsets[i] + bytes.length));
  return offsets;
}

export function decodeIndex(data: Buffer): GazetteerIndex {
  if (data.toString("latin1", 0, 8) !== MAGIC) throw new Error("not a sitrep gazetteer index");
  const places = data.readUInt32LE(8);
  const names = data.readUInt32LE(12);
  const tableBytes = (places + names + 2) * 4;
  // A Uint32Array needs 4-byte alignment; a Buffer from the pool may not have it, so copy the tables then.
  const tables =
    (data.byteOffset + 16) % 4 === 0
      ? data.subarray(16, 16 + tableBytes)
      : Buffer.from(data.subarray(16, 16 + tableBytes));
  const all = new Uint32Array(tables.buffer, tables.byteOffset, places + names + 2);
  return {
    text: data.subarray(16 + tableBytes),
    placeOffsets: all.subarray(0, places + 1),
    nameOffsets: all.subarray(places + 1),
  };
}

export function readLine(index: GazetteerIndex, offsets: Uint32Array, i: number): string {
  return index.text.toString("utf8", offsets[i], offsets[i + 1]);
}

/** The "name<TAB>rows" line for a folded name, by binary search (lines are sorted by JavaScript string order), or null. */
export function findNameLine(index: GazetteerIndex, key: string): string | null {
  const keyBytes = ASCII.test(key) ? Buffer.from(key, "latin1") : null;
  let lo = 0;
  let hi = index.nameOffsets.length - 2;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const order = keyBytes
      ? compareAsciiName(index.text, index.nameOffsets[mid], keyBytes)
      : compareName(index, mid, key);
    if (order === 0) return readLine(index, index.nameOffsets, mid);
    if (order < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return null;
}

const ASCII = /^\p{ASCII}*$/u;

/** The name at line `i` against `key` (-1, 0, 1), decoding only the name (a common name's row list runs to kilobytes). */
function compareName(index: GazetteerIndex, i: number, key: string): number {
  const start = index.nameOffsets[i];
  const name = index.text.toString("utf8", start, index.text.indexOf(9, start));
  return name === key ? 0 : name < key ? -1 : 1;
}

/**
 * The same comparison for an ASCII key, on the bytes: up to the first non-ASCII character of the name the
 * bytes are the characters, and there a UTF-8 lead byte (>= 0xC2) sorts after every ASCII byte, as the
 * character (>= U+0080) does in string order. The name ends at its tab (a tab is in no UTF-8 sequence).
 */
function compareAsciiName(text: Buffer, start: number, key: Buffer): number {
  for (let j = 0; ; j++) {
    const a = text[start + j];
    if (a === 9) return j === key.length ? 0 : -1;
    if (j === key.length) return 1;
    if (a !== key[j]) return a < key[j] ? -1 : 1;
  }
}
