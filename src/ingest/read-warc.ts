// A WARC or WARC.gz archive -> one raw document per captured HTML page (a "response" record with HTTP 200 and
// an HTML type). Read record by record from a stream: the payload of a record we do not want is skipped unread,
// so a 10,000-record crawl holds one page at a time. Requests, metadata, images and redirects pass quietly:
// they are parts of a crawl, not inputs the user named.
import { closeSync, createReadStream, openSync, readSync } from "node:fs";
import { pipeline } from "node:stream";
import { createGunzip } from "node:zlib";
import { WARCParser, type WARCRecord } from "warcio";
import { CONFIG } from "../config.js";
import { decodeHtml } from "./decode-text.js";
import type { IngestItem } from "./raw-document.js";
import { toIsoDate } from "./to-iso-date.js";

const HTML_TYPES = new Set(["text/html", "application/xhtml+xml"]);

export function readWarc(path: string): AsyncGenerator<IngestItem> {
  // By its bytes, not its name: a gzipped archive called .warc is inflated here too, where its size is counted.
  if (!startsWithGzipMagic(path)) return readWarcStream(createReadStream(path), path);
  // Node's gunzip reads the one-member-per-record layout of .warc.gz and, unlike warcio's own inflater,
  // reports an archive cut off mid-member ("unexpected end of file") instead of ending quietly.
  const gunzip = createGunzip();
  pipeline(createReadStream(path), gunzip, () => undefined); // errors reach the reader through gunzip
  return readWarcStream(gunzip, path);
}

/** The same from any byte stream (gzip is detected from the bytes, record by record). */
export async function* readWarcStream(stream: AsyncIterable<Uint8Array>, path: string): AsyncGenerator<IngestItem> {
  let count = 0;
  let pages = 0;
  const allowance = { bytes: CONFIG.maxRecordBytes, record: 0 };
  try {
    for await (const record of new WARCParser(failOnReadPastEnd(capRecordBytes(stream, allowance)))) {
      count += 1;
      // Until the next record: this one's declared length, plus room for the next header. A record whose bytes
      // run past its Content-Length (a gzip bomb) would otherwise be read as one endless header line, in memory.
      allowance.bytes = (Number(record.warcHeader("Content-Length")) || 0) + CONFIG.maxRecordBytes;
      allowance.record = count;
      if (!isHtmlPage(record)) continue;
      pages += 1;
      yield await readPage(record, path);
    }
    if (pages === 0)
      yield {
        skipped: { origin: path, reason: "empty", detail: `the archive holds no HTML page (${count} record(s))` },
      };
  } catch (error) {
    // A truncated or corrupt archive keeps the pages read before the damage.
    yield {
      skipped: {
        origin: `${path}#record-${count + 1}`,
        reason: "bad-warc",
        detail: `cannot read the WARC past record ${count}: ${(error as Error).message}`,
      },
    };
  }
}

/**
 * warcio 2.4 loops forever when an archive ends inside a record: skipping the rest of the record asks its source
 * for more bytes again and again after the end. Asking a finished source again throws here instead, so a
 * truncated archive becomes a bad-warc entry, not a hung run.
 */
function failOnReadPastEnd(stream: AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array> {
  return {
    [Symbol.asyncIterator]() {
      const source = stream[Symbol.asyncIterator]();
      let endsSeen = 0;
      return {
        async next() {
          if (endsSeen > 1) throw new Error("the archive ends in the middle of a record (truncated)");
          const result = await source.next();
          if (result.done) endsSeen += 1;
          return result;
        },
      };
    },
  };
}

function startsWithGzipMagic(path: string): boolean {
  const head = Buffer.alloc(2);
  let fd: number | undefined;
  try {
    fd = openSync(path, "r");
    return readSync(fd, head, 0, 2, 0) === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } catch {
    return path.toLowerCase().endsWith(".gz"); // the stream reports the error
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Counts the (decompressed) bytes read since the last record began; past the allowance the archive read stops. */
function capRecordBytes(
  stream: AsyncIterable<Uint8Array>,
  allowance: { bytes: number; record: number },
): AsyncIterable<Uint8Array> {
  return {
    async *[Symbol.asyncIterator]() {
      let used = 0;
      let record = allowance.record;
      for await (const chunk of stream) {
        if (allowance.record !== record) {
          record = allowance.record; // a new record began: count afresh
          used = 0;
        }
        used += chunk.length;
        if (used > allowance.bytes)
          throw new Error(
            `a record expands past ${allowance.bytes} bytes (its declared length plus ${CONFIG.maxRecordBytes}): a gzip bomb or a corrupt length`,
          );
        yield chunk;
      }
    },
  };
}

function isHtmlPage(record: WARCRecord): boolean {
  if (record.warcType !== "response" || !record.httpHeaders) return false;
  if (Number(record.httpHeaders.statusCode) !== 200) return false;
  const media = (record.httpHeaders.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  return HTML_TYPES.has(media);
}

async function readPage(record: WARCRecord, path: string): Promise<IngestItem> {
  const url = record.warcTargetURI ?? `${path}#${record.warcHeader("WARC-Record-ID") ?? "record"}`;
  const length = Number(record.warcHeader("Content-Length"));
  if (length > CONFIG.maxInputBytes) {
    return {
      skipped: {
        origin: url,
        reason: "too-large",
        detail: `the WARC record is ${length} bytes, over the ${CONFIG.maxInputBytes}-byte limit`,
      },
    };
  }
  const bytes = await readDecodedPayload(record);
  if (!bytes) {
    return {
      skipped: {
        origin: url,
        reason: "too-large",
        detail: `the page decodes to more than ${CONFIG.maxInputBytes} bytes (content encoding), over the limit`,
      },
    };
  }
  const contentType = record.httpHeaders?.headers.get("content-type") ?? undefined;
  const decoded = decodeHtml(bytes, url, contentType);
  if ("skipped" in decoded) return decoded;
  const capturedAt = toIsoDate(record.warcDate ?? undefined);
  return { raw: { origin: url, kind: "html", content: decoded.text, meta: { url, capturedAt, archive: path } } };
}

/** The payload with chunked transfer and gzip/br content encoding undone, read chunk by chunk up to the size cap; null past it. */
async function readDecodedPayload(record: WARCRecord): Promise<Uint8Array | null> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of record) {
    size += chunk.length;
    if (size > CONFIG.maxInputBytes) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
