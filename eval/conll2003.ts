// CoNLL-2003 English dev set (eng.testa): named entities found by sitrep's real stages, scored as conlleval does.
// Each document's text is rebuilt from its tokens (space-joined, one sentence a line) and run through
// sentences -> entities -> dates -> places (places is sitrep's town finder, so its towns count as LOC too).
//
// Label mapping, sitrep -> CoNLL: PERSON -> PER; ORG and ACTOR (armed groups, state forces) -> ORG, but an
// ACTOR that is a leader's name standing for a government -> PER over the name ("Biden" of "Biden administration");
// LOC, COUNTRY (entities) and TOWN / ADMIN1 / COUNTRY / REGION (places: towns, states, countries, world regions) -> LOC;
// MISC and NORP (nationalities) -> MISC. Demonyms and places inside names (ADJECTIVAL, IN_NAME) are not mapped.
// Other spans (ACTOR_DESCRIPTION, SOURCE_DESCRIPTION ...) are not named entities and are ignored.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createDoc, spansOf, type Span } from "../src/doc.js";
import { buildPipeline, type Pipeline } from "../src/pipeline.js";
import { datesStage } from "../src/stages/dates/index.js";
import { entitiesStage } from "../src/stages/entities/index.js";
import { placesStage } from "../src/stages/places/index.js";
import { sentencesStage } from "../src/stages/sentences/index.js";
import {
  buildDocument,
  chunksFromSpans,
  countChunks,
  HEADLINE_TYPES,
  parseConll,
  scoreTypes,
  type ConllDocument,
  type TypeCounts,
} from "./conll2003-chunks.js";
import { evaluateItems } from "./split-halves.js";
import type { Dataset, DatasetResult } from "./types.js";

const ENTITY_TO_CONLL: Record<string, string> = { PERSON: "PER", ORG: "ORG", ACTOR: "ORG", LOC: "LOC", COUNTRY: "LOC", MISC: "MISC", NORP: "MISC" };
const PLACE_TO_CONLL: Record<string, string> = { TOWN: "LOC", COUNTRY: "LOC", ADMIN1: "LOC", REGION: "LOC" };

let pipeline: Pipeline | undefined;

/** sitrep's spans on `text`, with CoNLL types; entities first, so an entity wins over a place on overlap. */
export function predictConllSpans(text: string): { start: number; end: number; type: string }[] {
  pipeline ??= buildPipeline([sentencesStage, entitiesStage, datesStage, placesStage]);
  const doc = pipeline.run(createDoc("conll", text, { origin: "conll2003" }));
  const entities = spansOf(doc, "entities").flatMap((s) => (ENTITY_TO_CONLL[s.label] ? [toConll(text, s)] : []));
  const places = spansOf(doc, "places").flatMap((s) => (PLACE_TO_CONLL[s.label] ? [{ ...s, type: PLACE_TO_CONLL[s.label] }] : []));
  const free = places.filter((p) => !entities.some((e) => e.start < p.end && p.start < e.end));
  return [...entities, ...free];
}

/** A leader standing for a government ("Biden", "the Netanyahu government") is a person's name to CoNLL. */
function toConll(text: string, span: Span): { start: number; end: number; type: string } {
  if (span.label !== "ACTOR" || !span.data?.person) return { ...span, type: ENTITY_TO_CONLL[span.label] };
  const name = /^(.*?\p{L})(?:[\s-]+\p{Ll}+)?$/su.exec(text.slice(span.start, span.end))?.[1] ?? "";
  return { start: span.start, end: span.start + name.length, type: "PER" };
}

type ScoredDocument = { counts: TypeCounts; chars: number; millis: number };

/** Headline: conlleval over all four types (what CoNLL-2003 papers report); per-type rows beside it. */
export function summariseConll(documents: readonly ScoredDocument[]): DatasetResult {
  const counts: TypeCounts = {};
  for (const d of documents) {
    for (const [type, c] of Object.entries(d.counts)) {
      const into = (counts[type] ??= { tp: 0, fp: 0, fn: 0 });
      into.tp += c.tp;
      into.fp += c.fp;
      into.fn += c.fn;
    }
  }
  const headline = scoreTypes(counts, HEADLINE_TYPES, "PER+ORG+LOC+MISC");
  const perType = HEADLINE_TYPES.map((t) => scoreTypes(counts, [t], t));
  const chars = documents.reduce((n, d) => n + d.chars, 0);
  const millis = documents.reduce((n, d) => n + d.millis, 0);
  return {
    n: documents.length,
    unit: "documents",
    score: headline.f1,
    headline: "conlleval micro-F1: exact token span and type over PER, ORG, LOC and MISC",
    fields: [headline, ...perType, scoreTypes(counts, ["PER", "ORG", "LOC"], "PER+ORG+LOC (old headline)")],
    extra: { msPer5000Chars: chars ? (millis / chars) * 5000 : null },
  };
}

function scoreDocument(document: ConllDocument): ScoredDocument {
  const built = buildDocument(document);
  const started = performance.now();
  const spans = predictConllSpans(built.text);
  const millis = performance.now() - started;
  return { counts: countChunks(built.gold, chunksFromSpans(spans, built.offsets), {}), chars: built.text.length, millis };
}

export const dataset: Dataset = {
  name: "conll2003",
  async evaluate(dir, options) {
    // eng.testa has no document ids: a document is named by its position after each -DOCSTART-.
    const documents = parseConll(readFileSync(join(dir, "eng.testa"), "utf8")).map((document, i) => ({ id: `eng.testa#${i + 1}`, document }));
    return evaluateItems(documents, { idOf: (d) => d.id, predict: (d) => scoreDocument(d.document), summarise: summariseConll }, options);
  },
};
