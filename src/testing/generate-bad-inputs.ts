// A seeded generator of the inputs that once broke `sitrep ingest`: broken, deep and long HTML, binary bytes,
// empty and blank files, bad JSONL lines, bad WARC archives, wrong encodings, broken feeds. The same seed writes
// the same files, so a failure found by `npm run fuzz` is reproduced by its seed.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { buildWarc, httpResponse } from "../ingest/fixtures/build-warc.js";

export type Random = { next(): number; int(below: number): number; pick<T>(items: readonly T[]): T };

/** mulberry32: small, fast and good enough to spread test inputs. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (below) => Math.floor(next() * below),
    pick: (items) => items[Math.floor(next() * items.length)],
  };
}

const TAGS = [
  "<p>",
  "</p>",
  "<div>",
  "</div>",
  "<body>",
  "</body>",
  "<html>",
  "<head>",
  "<table>",
  "<tr>",
  "<td>",
  "<br>",
  "<!",
  "<",
  ">",
  "x",
  " ",
  "<a href=x>",
  "<template>",
  "<svg>",
  "<select>",
  "<option>",
  "<li>",
  "<ul>",
  "<title>",
  "<script>",
  "<style>",
  "<!--",
  "-->",
  "<frameset>",
  "<?x",
  "&amp;",
  "&#0;",
  "<b>",
  "<i>",
];
const NEST_TAGS = ["div", "span", "b", "section", "font", "blockquote", "i", "table"];

type Writer = (random: Random, name: string) => [file: string, bytes: Buffer | string];

/** Each kind of bad input: a file name extension and its bytes. */
const KINDS: Record<string, Writer> = {
  brokenHtml: (r, n) => [`${n}.html`, Array.from({ length: 2 + r.int(14) }, () => r.pick(TAGS)).join("")],
  deepHtml: (r, n) => {
    const tag = r.pick(NEST_TAGS);
    const depth = 300 + r.int(6000);
    return [
      `${n}.html`,
      `<${tag}>`.repeat(depth) +
        "Gunmen fired on a bus near the border crossing on Monday, officials said." +
        (r.next() < 0.5 ? `</${tag}>`.repeat(depth) : ""),
    ];
  },
  longHtml: (r, n) => [
    `${n}.htm`,
    "<html><body>" + "<p>Words of a long page go on and on here.</p>".repeat(500 + r.int(3000)) + "</body></html>",
  ],
  binary: (r, n) => [
    `${n}.${r.pick(["htm", "html", "txt"])}`,
    Buffer.from(Array.from({ length: 64 + r.int(4000) }, () => r.int(256))),
  ],
  binaryNoNul: (r, n) => [`${n}.htm`, Buffer.from(Array.from({ length: 64 + r.int(4000) }, () => 1 + r.int(255)))],
  empty: (r, n) => [`${n}.${r.pick(["txt", "html", "jsonl", "warc", "md"])}`, ""],
  blank: (r, n) => [
    `${n}.${r.pick(["txt", "html", "jsonl"])}`,
    r.pick([" ", "\n\n\n", "\t \r\n", " ".repeat(200 * 1024)]),
  ],
  shortText: (r, n) => [`${n}.txt`, r.pick(["ok", "Hello.", "<p>tiny</p>", "\u202e"])],
  badJsonl: (r, n) => [`${n}.jsonl`, Array.from({ length: 1 + r.int(6) }, () => badJsonlLine(r)).join("\n")],
  badWarc: (r, n) => [`${n}.${r.pick(["warc", "warc.gz"])}`, badWarc(r)],
  wrongEncoding: (r, n) => wrongEncoding(r, n),
  badFeed: (r, n) => [
    `${n}.${r.pick(["rss", "xml", "atom", "json"])}`,
    r.pick([
      '<rss version="2.0"><channel><item><title>x',
      "<feed><entry></entry>",
      '{"version":"https://jsonfeed.org/version/1.1","items":[{"id":1}]}',
      "<?xml version='1.0'?><rss><<<",
      "{not json",
    ]),
  ],
};

function badJsonlLine(r: Random): string {
  return r.pick([
    "{broken",
    "[1,2,3]",
    "42",
    "null",
    JSON.stringify({ title: "no body" }),
    JSON.stringify({ html: "<!<body>" }),
    JSON.stringify({ html: Array.from({ length: 3 + r.int(10) }, () => r.pick(TAGS)).join("") }),
    JSON.stringify({ text: "   " }),
    JSON.stringify({
      text: "Gunmen fired on a bus near the border crossing on Monday, officials said.",
      published: "not a date",
    }),
    "\u0000\u0001",
  ]);
}

function badWarc(r: Random): Buffer {
  const page = () => ({
    type: "response" as const,
    uri: `https://wire.example/${r.int(1e9)}`,
    block: httpResponse(
      "200 OK",
      { "Content-Type": "text/html" },
      Array.from({ length: 5 + r.int(20) }, () => r.pick(TAGS)).join(""),
    ),
  });
  const whole = buildWarc([page(), page()], r.next() < 0.5);
  return r.pick([
    whole.subarray(0, r.int(whole.length)), // truncated
    Buffer.from(Array.from({ length: 200 + r.int(2000) }, () => r.int(256))), // noise
    gzipSync(Buffer.from("WARC/1.0\r\nContent-Length: 5\r\n\r\n" + "z".repeat(100_000))), // length that lies
    Buffer.from("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: -7\r\n\r\n"),
    whole,
  ]);
}

function wrongEncoding(r: Random, n: string): [string, Buffer] {
  const sentence = "Des hommes armés ont attaqué un poste à la frontière lundi, a déclaré un responsable.";
  return r.pick<[string, Buffer]>([
    [`${n}.txt`, Buffer.from(sentence, "latin1")], // latin-1 in a .txt: not UTF-8
    [`${n}.txt`, Buffer.from(sentence, "utf16le")], // UTF-16 without a BOM
    [
      `${n}.html`,
      Buffer.concat([
        Buffer.from('<meta charset="shift_jis"><p>'),
        Buffer.from(Array.from({ length: 300 }, () => 0x80 + r.int(128))),
      ]),
    ],
    [`${n}.html`, Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from("<p>odd bytes", "latin1")])], // a UTF-16BE BOM on latin-1
    [`${n}.html`, Buffer.from('<meta charset="x-no-such-charset"><p>' + sentence)],
  ]);
}

export const BAD_KINDS = Object.keys(KINDS);

/** Writes `count` bad inputs (every kind in turn, contents drawn from `seed`) into `dir`; returns their paths. */
export function writeBadInputs(dir: string, count: number, seed: number): string[] {
  mkdirSync(dir, { recursive: true });
  const random = createRandom(seed);
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const kind = BAD_KINDS[i % BAD_KINDS.length];
    const [file, bytes] = KINDS[kind](random, `${String(i).padStart(5, "0")}-${kind}`);
    const path = join(dir, file);
    writeFileSync(path, bytes);
    paths.push(path);
  }
  return paths;
}
