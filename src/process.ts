// One raw document through clean and every stage: the code path shared by ingest, serve and eval.
import type { Doc } from "./doc.js";
import type { RawDocument, SkippedInput } from "./ingest/raw-document.js";
import { buildPipeline, buildStages, type Pipeline } from "./pipeline.js";
import { loadResources, type Resources } from "./resources.js";
import { DEFAULT_SETTINGS, type Settings } from "./settings.js";
import { type Cleaner, type CleanOptions, createCleaner } from "./stages/clean/index.js";

/** Clean and the stages after it, made once from one set of resources and settings. */
export type Processor = { clean: Cleaner; pipeline: Pipeline };

let defaultProcessor: Processor | undefined;

export type ProcessResult = { doc: Doc } | { skipped: SkippedInput };

export function buildProcessor(resources: Resources, settings: Settings = DEFAULT_SETTINGS): Processor {
  return {
    clean: createCleaner(resources.clean, settings.clean),
    pipeline: buildPipeline(buildStages(resources, settings)),
  };
}

export function processRawDocument(raw: RawDocument, options: CleanOptions = {}, processor?: Processor): ProcessResult {
  processor ??= defaultProcessor ??= buildProcessor(loadResources());
  const cleaned = processor.clean(raw, options);
  if ("skipped" in cleaned) return cleaned;
  return { doc: processor.pipeline.run(cleaned.doc) };
}

/** Text straight in (tests, eval, the web page's paste box). */
export function processText(
  text: string,
  meta: { origin?: string; published?: string; kind?: "text" | "html" } = {},
  processor?: Processor,
): ProcessResult {
  return processRawDocument(
    { origin: meta.origin ?? "text", kind: meta.kind ?? "text", content: text, meta: { published: meta.published } },
    {},
    processor,
  );
}
