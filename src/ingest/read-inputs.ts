// Inputs (paths, directories, globs, URLs, feeds, WARC files, "-") -> a stream of raw documents and skipped
// inputs. Local inputs are read in order while URLs are fetched alongside (bounded concurrency, one request
// at a time per host), so output order may differ from input order; every input still ends as an item.
// Streams throughout: a directory of 10,000 files, a big JSONL or a large WARC is never held whole in memory.
import type { Readable } from "node:stream";
import { CONFIG } from "../config.js";
import { createRobotsCheck } from "./check-robots.js";
import { decodeText } from "./decode-text.js";
import { fetchDocument } from "./fetch-document.js";
import { type FetchOptions, isHttpUrl } from "./fetch-url.js";
import { createHostScheduler } from "./host-scheduler.js";
import { type Channel, createChannel } from "./item-channel.js";
import { looksLikeHtml } from "./looks-like-html.js";
import type { IngestItem } from "./raw-document.js";
import { type FetchJob, looksLikeFeed, readFeed } from "./read-feed.js";
import { parseJsonlLine } from "./read-jsonl.js";
import { type PathItem, readPath } from "./read-path.js";

export { looksLikeHtml } from "./looks-like-html.js";

export type ReadOptions = FetchOptions & {
  /** URLs fetched at once (`--concurrency`). */
  concurrency?: number;
  /** Pause between two requests to the same host, in milliseconds. */
  hostDelayMs?: number;
  /** Fetch pages robots.txt disallows (`--ignore-robots`): the user's explicit choice. */
  ignoreRobots?: boolean;
  /** Asked before each fetch; true drops the job unfetched (`sitrep watch`: a feed item read on an earlier poll). */
  skipJob?: (job: FetchJob) => Promise<boolean>;
};

export async function* readInputs(
  inputs: string[],
  stdin: Readable = process.stdin,
  options: ReadOptions = {},
): AsyncGenerator<IngestItem> {
  const channel = createChannel<IngestItem>(CONFIG.ingestBufferItems);
  const scheduler = createHostScheduler<FetchJob>({
    concurrency: options.concurrency ?? CONFIG.fetchConcurrency,
    hostDelayMs: options.hostDelayMs ?? CONFIG.hostDelayMs,
    run: (job) => runFetchJob(job),
  });

  // Checked inside the host's turn, so the robots.txt request keeps one request per host at a time.
  const robots = options.ignoreRobots
    ? undefined
    : createRobotsCheck(options, options.hostDelayMs ?? CONFIG.hostDelayMs, (host, ms) => scheduler.slowHost(host, ms));

  async function runFetchJob(job: FetchJob): Promise<void> {
    if (await options.skipJob?.(job)) return;
    let found;
    try {
      found = await fetchDocument(job, { ...options, robots });
    } catch (error) {
      found = {
        items: [{ skipped: { origin: job.url, reason: "fetch-failed" as const, detail: (error as Error).message } }],
        jobs: [],
      };
    }
    for (const next of found.jobs) scheduler.add(next);
    for (const item of found.items) await channel.push(item);
  }

  produce(inputs, stdin, channel, (job) => scheduler.add(job))
    .then(() => scheduler.drained())
    .then(
      () => channel.close(),
      (error) => channel.fail(error),
    );
  yield* channel;
}

async function produce(
  inputs: string[],
  stdin: Readable,
  channel: Channel<IngestItem>,
  addJob: (job: FetchJob) => void,
): Promise<void> {
  const walked = new Set<string>(); // one set for the run: a directory named twice, or reached by a link, is read once
  for (const input of inputs) {
    if (isHttpUrl(input)) addJob({ url: input, meta: {} });
    else {
      try {
        for await (const item of input === "-" ? readStream(stdin, "stdin") : readPath(input, true, walked)) {
          if ("job" in item) addJob(item.job);
          else await channel.push(item);
        }
      } catch (error) {
        // A reader that breaks mid-input (an I/O error, a parser bug) costs that input, not the run.
        await channel.push({
          skipped: { origin: input, reason: "unreadable", stage: "read", detail: (error as Error).message },
        });
      }
    }
  }
}

/** stdin: a feed, JSONL when its first non-blank character is "{", else one document (HTML when it looks like it). */
async function* readStream(stream: Readable, origin: string): AsyncGenerator<PathItem> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    chunks.push(Buffer.from(chunk));
    size += chunk.length;
    // The file size cap, applied while reading: `cat /dev/zero |` never ends on its own.
    if (size > CONFIG.maxInputBytes) {
      stream.destroy();
      yield {
        skipped: {
          origin,
          reason: "too-large",
          detail: `more than ${CONFIG.maxInputBytes} bytes on stdin, over the limit`,
        },
      };
      return;
    }
  }
  const decoded = decodeText(Buffer.concat(chunks), origin);
  if ("skipped" in decoded) {
    yield decoded;
    return;
  }
  const text = decoded.text;
  if (looksLikeFeed(text)) {
    const feed = readFeed(text, origin);
    yield* feed.items;
    for (const job of feed.jobs) yield { job };
    return;
  }
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
