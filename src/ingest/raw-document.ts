import type { SourceMeta } from "../doc.js";

/** What a source yields before cleaning: text or HTML plus whatever metadata came with it. */
export type RawDocument = {
  origin: string;
  kind: "text" | "html";
  content: string;
  meta: Partial<SourceMeta> & SourceExtras;
};

/**
 * What a fetch, a feed or a WARC says about a document beyond SourceMeta. Passed through in the raw meta for the
 * clean stage's metadata to weigh (an HTTP Last-Modified or a capture date is a weaker publication date than the
 * page's own, so none of these is written into `published` here).
 */
export type SourceExtras = {
  /** Where the last redirect landed, when it differs from `url`. */
  finalUrl?: string;
  /** The HTTP Date header of the response (when it was served). */
  httpDate?: string;
  /** The HTTP Last-Modified header, ISO 8601. */
  lastModified?: string;
  /** WARC-Date: when an archive captured the page, ISO 8601. */
  capturedAt?: string;
  /** The feed the document was listed in. */
  feed?: string;
  /** The WARC file the page was read from. */
  archive?: string;
};

/** An input the run could not use, kept with its reason so nothing disappears silently. */
export type SkippedInput = {
  origin: string;
  reason: SkipReason;
  detail: string;
  /** The HTTP status of a fetch the server answered with an error. */
  status?: number;
  /** Where it stopped; absent means while reading the input. */
  stage?: SkipStage;
  /** A hash of the input's content when it was read: two different inputs skipped at one origin keep two rows. */
  fingerprint?: string;
  /** An exact copy of this stored document. */
  duplicateOf?: string;
};

/** The step an input failed in: reading (files, fetches, archives), decoding bytes, cleaning, annotating, saving. */
export type SkipStage = "read" | "decode" | "clean" | "annotate" | "save";

export type SkipReason =
  | "empty"
  | "binary"
  | "invalid-encoding"
  | "too-large"
  | "unreadable"
  | "not-found"
  | "bad-jsonl"
  | "too-short"
  | "unsupported-language"
  | "unsupported-type"
  | "failed"
  | "bad-url"
  | "fetch-failed"
  | "unresolvable-host"
  | "blocked-address"
  | "too-many-redirects"
  | "timeout"
  | "unsupported-content-type"
  | "bad-feed"
  | "bad-feed-item"
  | "bad-warc"
  | "robots-disallowed"
  | "special-file"
  | "symlink-loop"
  | "folder-notes"
  | "duplicate";

export type IngestItem = { raw: RawDocument } | { skipped: SkippedInput };
