// One raw document through clean and every stage: the code path shared by ingest, serve and eval.
import type { Doc } from "./doc.js";
import type { RawDocument, SkippedInput } from "./ingest/raw-document.js";
import { buildPipeline, buildStages, type Pipeline } from "./pipeline.js";
import { loadResources } from "./resources.js";
import { type CleanOptions, cleanRawDocument } from "./stages/clean/index.js";

let defaultPipeline: Pipeline | undefined;

export type ProcessResult = { doc: Doc } | { skipped: SkippedInput };

export function processRawDocument(raw: RawDocument, options: CleanOptions = {}, pipeline?: Pipeline): ProcessResult {
  const cleaned = cleanRawDocument(raw, options);
  if ("skipped" in cleaned) return cleaned;
  pipeline ??= defaultPipeline ??= buildPipeline(buildStages(loadResources()));
  return { doc: pipeline.run(cleaned.doc) };
}

/** Text straight in (tests, eval, the web page's paste box). */
export function processText(
  text: string,
  meta: { origin?: string; published?: string; kind?: "text" | "html" } = {},
  pipeline?: Pipeline,
): ProcessResult {
  return processRawDocument(
    { origin: meta.origin ?? "text", kind: meta.kind ?? "text", content: text, meta: { published: meta.published } },
    {},
    pipeline,
  );
}
