// Inputs (paths, directories, "-") -> a stream of raw documents and skipped inputs. Streams: a directory
// of 10,000 files or a big JSONL is never held whole in memory.
import { createReadStream } from "node:fs";
import { readFile, readdir, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { CONFIG } from "../config.js";
import { decodeText } from "./decode-text.js";
import { parseJsonlLine } from "./read-jsonl.js";
import type { IngestItem, RawDocument } from "./raw-document.js";

const KIND_BY_EXTENSION: Record<string, RawDocument["kind"] | "jsonl"> = {
  ".txt": "text",
  ".text": "text",
  ".md": "text",
  ".html": "html",
  ".htm": "html",
  ".xhtml": "html",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
};

export async function* readInputs(inputs: string[], stdin: Readable = process.stdin): AsyncGenerator<IngestItem> {
  for (const input of inputs) {
    if (input === "-") yield* readStream(stdin, "stdin");
    else yield* readPath(input, true);
  }
}

async function* readPath(path: string, named: boolean): AsyncGenerator<IngestItem> {
  let info;
  try {
    info = await stat(path);
  } catch {
    yield { skipped: { origin: path, reason: "not-found", detail: `no such file or directory: ${path}` } };
    return;
  }
  if (info.isDirectory()) {
    const entries = (await readdir(path, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      yield* readPath(join(path, entry.name), false);
    }
    return;
  }
  const kind = KIND_BY_EXTENSION[extname(path).toLowerCase()];
  // Inside a directory, files of other kinds (images, .DS_Store) are passed over quietly; named ones are read as text.
  if (!kind && !named) return;
  if (info.size > CONFIG.maxInputBytes) {
    yield { skipped: { origin: path, reason: "too-large", detail: `${info.size} bytes is over the ${CONFIG.maxInputBytes}-byte limit` } };
    return;
  }
  if (kind === "jsonl") yield* readJsonl(createReadStream(path), path);
  else yield* readFileItem(path, kind ?? "text");
}

async function* readFileItem(path: string, kind: RawDocument["kind"]): AsyncGenerator<IngestItem> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    yield { skipped: { origin: path, reason: "unreadable", detail: (error as Error).message } };
    return;
  }
  const decoded = decodeText(bytes, path);
  if ("skipped" in decoded) yield decoded;
  else yield { raw: { origin: path, kind, content: decoded.text, meta: {} } };
}

async function* readJsonl(stream: Readable, origin: string): AsyncGenerator<IngestItem> {
  let lineNumber = 0;
  for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
    lineNumber += 1;
    const item = parseJsonlLine(line, origin, lineNumber);
    if (item) yield item;
  }
}

/** stdin: JSONL when its first non-blank character is "{", else one document (HTML when it looks like it). */
async function* readStream(stream: Readable, origin: string): AsyncGenerator<IngestItem> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  const decoded = decodeText(Buffer.concat(chunks), origin);
  if ("skipped" in decoded) {
    yield decoded;
    return;
  }
  const text = decoded.text;
  if (text.trimStart().startsWith("{")) {
    let lineNumber = 0;
    for (const line of text.split(/\r?\n/)) {
      const item = parseJsonlLine(line, origin, ++lineNumber);
      if (item) yield item;
    }
    return;
  }
  yield { raw: { origin, kind: looksLikeHtml(text) ? "html" : "text", content: text, meta: {} } };
}

export function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html|<head|<body|<article|<div|<p[\s>])/i.test(text);
}
