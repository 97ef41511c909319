// Every threshold in one place, each with its default and why.
export const CONFIG = {
  /** Files above this are skipped, not read: a news article is < 1 MB; 50 MB leaves room for big HTML pages. */
  maxInputBytes: 50 * 1024 * 1024,
  /** Bytes sniffed for NUL when deciding a file is binary: the same window `file(1)` and git use. */
  binarySniffBytes: 8000,
  /** Share of control characters (C0 but tab/newline/form feed/CR, and DEL) in those bytes above which a file is binary:
   * text has next to none (a stray escape or two), random or compressed bytes ~10%. */
  binaryControlShare: 0.02,
  /** Cleaned text shorter than this is not a report (a caption, an empty page). */
  minTextChars: 40,
  /** Languages the lexicons and patterns are written for; other documents are stored but skipped. */
  supportedLanguages: ["en"] as readonly string[],
  /** MinHash signature length: 128 minima estimate resemblance within about +-0.04 (1/sqrt(128) / 2). */
  minHashPermutations: 128,
  /** Rows per LSH band: a pair agreeing on a band's 4 minima has resemblance^4 odds of it. */
  minHashBandRows: 4,
  /** LSH bands stored and looked up (the first 16 x 4 of the 128 minima): a pair at resemblance 0.8 becomes a candidate
   * with p = 1 - (1 - 0.8^4)^16 = 0.9998, at 0.9 with p > 0.99999999, at 0.3 with p ~ 0.12. 32 bands gave 0.99999995
   * at 0.8, but each band is one more row a save inserts into a B-tree at a random place (migration 020). */
  minHashBands: 16,
  /** Estimated Jaccard resemblance of word 3-shingles above which a document is a near-duplicate: a syndicated copy
   * with a new masthead and an edited sentence keeps > 0.9; two reports of one incident quoting the same statement < 0.5. */
  nearDuplicateMinResemblance: 0.8,
  /** Fetch limits. A news page is well under 2 MB of HTML; 10 MB leaves room and stops a stream that never ends. */
  maxFetchBytes: 10 * 1024 * 1024,
  /** One deadline for a whole fetch, redirects and body included: news sites answer in seconds; 20 s drops a stalled server. */
  fetchTimeoutMs: 20_000,
  /** Browsers allow ~20 redirects; an article URL needs 1-3 (http->https, tracker, canonical): more is a loop. */
  maxRedirects: 5,
  /** URLs fetched at once across hosts: enough to hide latency, few enough not to look like a flood. */
  fetchConcurrency: 4,
  /** Pause between two requests to one host, the common crawl-delay of 1 s that news sites tolerate. */
  hostDelayMs: 1000,
  /** Bytes scanned for <meta charset>: the window the WHATWG encoding sniffing algorithm prescans. */
  charsetSniffBytes: 1024,
  /** Items buffered between readers/fetchers and the pipeline; bounds memory when fetching outruns processing. */
  ingestBufferItems: 16,
  /** HTML longer than this is not parsed: a news page with inline scripts is 1-2 MB; past 5 MB it is a dump, not a report. */
  maxHtmlChars: 5_000_000,
  /** Text (given, or cleaned from HTML) longer than this is skipped: a long feature is ~60 KB, and annotating takes
   * ~8 s per 45 KB on a busy core, so longer text could not finish inside extractTimeoutMs anyway. */
  maxTextChars: 200_000,
  /** Elements nested deeper than this are flattened (their tags dropped, their text kept) before parsing: real pages
   * nest < 60 deep, while parsing and Readability cost grows ~cubically with depth and overflows the stack past ~4,000. */
  maxHtmlDepth: 200,
  /** Sentences longer than this are not parsed (the events stage reads them with its word rules): a long news
   * sentence is ~400 characters, while the parser's cost grows faster than linearly (a 200 KB run of
   * punctuation took 51 s of CPU to parse; 40 KB took 0.9 s). */
  maxParsedSentenceChars: 2_000,
  /** Wall-clock budget for cleaning or annotating one document in a worker: a long report takes ~2 s; a page still
   * running after 30 s is pathological, and its worker is terminated and replaced. */
  extractTimeoutMs: 30_000,
  /** Extraction workers kept alive: each loads the lexicons once (seconds, ~300 MB); two match a small server's cores. */
  extractWorkers: 2,
  /** Heap cap of one extraction worker: a runaway document kills its worker, not the process. */
  extractWorkerHeapMb: 1536,
  /** Decompressed bytes one WARC record (or a gzip member) may expand to while streaming: a captured page is < 10 MB;
   * a gzip bomb expands 1000:1 and must be stopped before it is held in memory. */
  maxRecordBytes: 64 * 1024 * 1024,
  /** How long one SQLite connection waits for another's write lock before SQLITE_BUSY: a document's transaction takes
   * well under a second, so 5 s covers a queue of writers. */
  storeBusyTimeoutMs: 5000,
  /** Attempts at a write that still meets SQLITE_BUSY after the busy timeout; with the backoff below about 30 s more. */
  storeBusyRetries: 8,
  /** First pause before a busy write is tried again, doubled each time. */
  storeBusyBackoffMs: 100,
  /** Prepared SQLite statements kept for reuse: a document's save runs about ten distinct statements, and batched
   * inserts differ by row count (spans, events), so a few hundred cover every shape a run meets. */
  storeStatementCacheSize: 400,
  /** WAL pages (4 KB) written before SQLite copies them into the database file (its default is 1,000). A report's save
   * writes about 220 pages, so the default checkpointed every 4–5 documents, copying nearly every page again and
   * syncing twice; at 10,000 (40 MB) the indexes' interior and hot leaf pages are copied once per ~45 documents.
   * Measured: 11% less CPU a document, 18% less system time (bench/RESULTS.md, write-speed). */
  storeWalAutocheckpointPages: 10_000,
  /** The WAL file is cut back to this size after a checkpoint, so a quiet store does not keep 40 MB beside it. */
  storeWalSizeLimitBytes: 8 * 1024 * 1024,
  /** Documents `sitrep ingest` saves per SQLite commit: a commit alone writes ~220 pages a document, and 50 documents in
   * one share the indexes' hot pages (measured in bench/RESULTS.md, batch-commit); a kill loses at most the
   * uncommitted 50, which the re-run stores again. */
  ingestCommitDocuments: 50,
  /** Longest a batch of documents stays uncommitted: other readers see new documents within a second, and a slow
   * input (a fetch, a quiet stdin) does not hold the write lock. */
  ingestCommitMs: 1000,
  /** Write requests (POST /api/extract, /api/documents) per client address: an analyst pasting reports sends a few a
   * minute and an ingest script should use the CLI or the queue; 60 a minute with bursts of 20 keeps one client
   * from holding every extraction worker. At most 10,000 clients are remembered. */
  apiWriteRateLimit: { perMinute: 60, burst: 20, maxClients: 10_000 },
  /** Posted reports waiting for the write worker, all clients together: it stores one at a time (seconds each on a
   * busy 2-core box, bench/RESULTS.md), so 40 is minutes of work; past it a post is refused (503 busy) instead of
   * holding its body and its connection open for longer than any client waits. */
  apiWriteQueue: 40,
  /** Request bodies the API reads: a long report's HTML is well under 1 MB; 5 MB leaves room, a bigger body is refused (413). */
  apiMaxBodyBytes: 5 * 1024 * 1024,
  /** After SIGTERM/SIGINT, requests in flight get this long to finish (an extraction takes seconds) before the server exits. */
  serveShutdownGraceMs: 5000,
} as const;
