// A local path -> raw documents, skipped inputs, and fetch jobs (the links of a local feed file). Directories
// are walked in name order; globs are expanded; the kind of a file comes from its name, and feeds are also
// recognised by their content.

import type { Stats } from "node:fs";
import { createReadStream } from "node:fs";
import { readdir, readFile, realpath, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { CONFIG } from "../config.js";
import { decodeHtml, decodeText } from "./decode-text.js";
import { expandGlob, isGlobPattern } from "./expand-glob.js";
import type { IngestItem } from "./raw-document.js";
import { type FetchJob, looksLikeFeed, readFeed } from "./read-feed.js";
import { parseJsonlLine } from "./read-jsonl.js";
import { readWarc } from "./read-warc.js";

export type PathItem = IngestItem | { job: FetchJob };

type FileKind = "text" | "html" | "jsonl" | "warc" | "feed";

const KIND_BY_EXTENSION: Record<string, FileKind> = {
  ".txt": "text",
  ".text": "text",
  ".md": "text",
  ".html": "html",
  ".htm": "html",
  ".xhtml": "html",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
  ".warc": "warc",
  ".rss": "feed",
  ".atom": "feed",
  ".xml": "feed",
  ".json": "feed",
};

// The names projects and data collections give their own notes (GitHub's and Debian's conventions).
const FOLDER_NOTES = /^(?:readme|licen[cs]e|copying|changelog|changes|notice|authors|contributing)(?:\.[a-z]+)?$/i;

/** `walked`: the real paths of the directories read so far, so a symlink loop (or a second link) is read once. */
export async function* readPath(path: string, named = true, walked = new Set<string>()): AsyncGenerator<PathItem> {
  if (named && isGlobPattern(path)) {
    const files = await expandGlob(path);
    if (files.length === 0)
      yield { skipped: { origin: path, reason: "not-found", detail: `no file matches the pattern ${path}` } };
    for (const file of files) yield* readPath(file, false, walked);
    return;
  }
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    // Named on the command line, a missing path is the user's mistake; inside a directory, a dangling link is an input.
    if (named) yield { skipped: { origin: path, reason: "not-found", detail: `no such file or directory: ${path}` } };
    else yield { skipped: { origin: path, reason: "unreadable", detail: (error as Error).message } };
    return;
  }
  if (info.isDirectory()) {
    yield* readDirectory(path, walked);
    return;
  }
  // A FIFO would block the run forever, a device (/dev/zero) never ends, a socket cannot be read as a file.
  if (!info.isFile()) {
    yield { skipped: { origin: path, reason: "special-file", detail: `${describeSpecial(info)}, not a regular file` } };
    return;
  }
  const kind = kindOf(path);
  // Inside a directory, files of other kinds (images, .DS_Store) are passed over quietly; named ones are read as text.
  if (!kind && !named) return;
  // A collection's README or LICENCE describes the folder; read as a report, its words could become events.
  if (!named && FOLDER_NOTES.test(basename(path))) {
    yield {
      skipped: {
        origin: path,
        reason: "folder-notes",
        detail: "the folder's own notes, not a report (name it to read it)",
      },
    };
    return;
  }
  if (kind === "warc")
    yield* readWarc(path); // streamed: an archive may be far bigger than any one page
  else if (info.size > CONFIG.maxInputBytes) {
    yield {
      skipped: {
        origin: path,
        reason: "too-large",
        detail: `${info.size} bytes is over the ${CONFIG.maxInputBytes}-byte limit`,
      },
    };
  } else if (kind === "jsonl") yield* readJsonl(createReadStream(path), path);
  else yield* readFileItems(path, kind);
}

async function* readDirectory(path: string, walked: Set<string>): AsyncGenerator<PathItem> {
  let entries;
  try {
    const real = await realpath(path);
    if (walked.has(real)) {
      yield {
        skipped: { origin: path, reason: "symlink-loop", detail: `leads to ${real}, which this run reads already` },
      };
      return;
    }
    walked.add(real);
    entries = (await readdir(path, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  } catch (error) {
    yield { skipped: { origin: path, reason: "unreadable", detail: (error as Error).message } };
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    yield* readPath(join(path, entry.name), false, walked);
  }
}

function describeSpecial(info: Stats): string {
  if (info.isFIFO()) return "a named pipe";
  if (info.isSocket()) return "a socket";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "a device";
  return "a special file";
}

function kindOf(path: string): FileKind | undefined {
  const lower = path.toLowerCase();
  if (lower.endsWith(".warc.gz")) return "warc";
  return KIND_BY_EXTENSION[extname(lower)];
}

/** One file; a feed (by name, or by content for a named file of unknown kind) yields its items instead. */
async function* readFileItems(path: string, kind: FileKind | undefined): AsyncGenerator<PathItem> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    yield { skipped: { origin: path, reason: "unreadable", detail: (error as Error).message } };
    return;
  }
  const decoded = kind === "html" || kind === "feed" ? decodeHtml(bytes, path) : decodeText(bytes, path);
  if ("skipped" in decoded) {
    yield decoded;
    return;
  }
  if ((kind === "feed" || kind === undefined) && looksLikeFeed(decoded.text)) {
    const feed = readFeed(decoded.text, path);
    yield* feed.items;
    for (const job of feed.jobs) yield { job };
    return;
  }
  if (kind === "feed") {
    yield {
      skipped: {
        origin: path,
        reason: "unsupported-type",
        detail: "an XML or JSON file that is not an RSS, Atom, RDF or JSON feed",
      },
    };
    return;
  }
  yield { raw: { origin: path, kind: kind === "html" ? "html" : "text", content: decoded.text, meta: {} } };
}

export async function* readJsonl(stream: Readable, origin: string): AsyncGenerator<IngestItem> {
  let lineNumber = 0;
  let yielded = 0;
  for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
    lineNumber += 1;
    const item = parseJsonlLine(line, origin, lineNumber);
    if (item) {
      yielded += 1;
      yield item;
    }
  }
  // Every input ends as a row: a JSONL file with no line in it is one too.
  if (yielded === 0)
    yield {
      skipped: { origin, reason: "empty", detail: `the JSONL file holds no records (${lineNumber} blank line(s))` },
    };
}
