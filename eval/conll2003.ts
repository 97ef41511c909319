// CoNLL-2003 English dev set (eng.testa): named entities found by sitrep's real stages, scored as conlleval does.
// Each document's text is rebuilt from its tokens (space-joined, one sentence a line) and run through
// sentences -> ner -> entities -> dates -> places. The headline scores the trained recogniser's layer (`ner`,
// whose labels are CoNLL's); the rule stages' names (entities, and places' towns as LOC) are scored beside
// it as "rules", so what the recogniser adds stays visible.
//
// Rule label mapping, sitrep -> CoNLL: PERSON -> PER; ORG and ACTOR (armed groups, state forces) -> ORG, but an
// ACTOR that is a leader's name standing for a government -> PER over the name ("Biden" of "Biden administration");
// LOC, COUNTRY (entities) and TOWN / ADMIN1 / COUNTRY / REGION (places: towns, states, countries, world regions) -> LOC;
// MISC and NORP (nationalities) -> MISC. Demonyms and places inside names (ADJECTIVAL, IN_NAME) are not mapped.
// Other spans (ACTOR_DESCRIPTION, SOURCE_DESCRIPTION ...) are not named entities and are ignored.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createDoc, type Doc, type LayerSpan, spansOf } from "../src/doc.js";
import { buildPipeline, type Pipeline } from "../src/pipeline.js";
import { loadResources, type Resources } from "../src/resources.js";
import { DEFAULT_SETTINGS, type Settings } from "../src/settings.js";
import { createDatesStage } from "../src/stages/dates/index.js";
import { createEntitiesStage } from "../src/stages/entities/index.js";
import { createNerStage } from "../src/stages/ner/index.js";
import { createPlacesStage } from "../src/stages/places/index.js";
import { createSentencesStage } from "../src/stages/sentences/index.js";
import {
  buildDocument,
  type ConllDocument,
  chunksFromSpans,
  countChunks,
  HEADLINE_TYPES,
  parseConll,
  scoreTypes,
  type TypeCounts,
} from "./conll2003-chunks.js";
import { evaluateItems } from "./split-halves.js";
import type { Dataset, DatasetResult } from "./types.js";

const ENTITY_TO_CONLL: Record<string, string> = {
  PERSON: "PER",
  ORG: "ORG",
  ACTOR: "ORG",
  LOC: "LOC",
  COUNTRY: "LOC",
  MISC: "MISC",
  NORP: "MISC",
};
const PLACE_TO_CONLL: Record<string, string> = { TOWN: "LOC", COUNTRY: "LOC", ADMIN1: "LOC", REGION: "LOC" };

type TypedSpan = { start: number; end: number; type: string };

/** The stages this dataset measures, over resources loaded once. */
export function buildConllPipeline(resources: Resources, settings: Settings = DEFAULT_SETTINGS): Pipeline {
  const stages = [
    createSentencesStage(resources.sentences),
    createNerStage(resources.ner),
    createEntitiesStage(resources.gazetteer, settings.entities),
    createDatesStage(resources.dates, settings.dates),
    createPlacesStage(resources.gazetteer, settings.places),
  ];
  return buildPipeline(stages);
}

/** The recogniser's names (headline) and the rule stages' names, with CoNLL types. */
export function predictConllSpans(text: string, pipeline: Pipeline): { ner: TypedSpan[]; rules: TypedSpan[] } {
  const doc = pipeline.run(createDoc("conll", text, { origin: "conll2003" }));
  const ner = spansOf(doc, "ner").map((s) => ({ start: s.start, end: s.end, type: s.label }));
  return { ner, rules: findRuleSpans(doc, text) };
}

/** Entities first, so an entity wins over a place on overlap. */
function findRuleSpans(doc: Doc, text: string): TypedSpan[] {
  const entities = spansOf(doc, "entities").flatMap((s) => (ENTITY_TO_CONLL[s.label] ? [toConll(text, s)] : []));
  const places = spansOf(doc, "places").flatMap((s) =>
    PLACE_TO_CONLL[s.label] ? [{ ...s, type: PLACE_TO_CONLL[s.label] }] : [],
  );
  const free = places.filter((p) => !entities.some((e) => e.start < p.end && p.start < e.end));
  return [...entities, ...free];
}

/** A leader standing for a government ("Biden", "the Netanyahu government") is a person's name to CoNLL. */
function toConll(text: string, span: LayerSpan<"entities">): { start: number; end: number; type: string } {
  if (span.label !== "ACTOR" || !span.data?.person) return { ...span, type: ENTITY_TO_CONLL[span.label] };
  const name = /^(.*?\p{L})(?:[\s-]+\p{Ll}+)?$/su.exec(text.slice(span.start, span.end))?.[1] ?? "";
  return { start: span.start, end: span.start + name.length, type: "PER" };
}

type ScoredDocument = { counts: TypeCounts; ruleCounts: TypeCounts; chars: number; millis: number };

function addCounts(into: TypeCounts, from: TypeCounts): void {
  for (const [type, c] of Object.entries(from)) {
    const sum = (into[type] ??= { tp: 0, fp: 0, fn: 0 });
    sum.tp += c.tp;
    sum.fp += c.fp;
    sum.fn += c.fn;
  }
}

/** Headline: conlleval over all four types of the recogniser's layer (what CoNLL-2003 papers report); per-type and rule rows beside it. */
export function summariseConll(documents: readonly ScoredDocument[]): DatasetResult {
  const counts: TypeCounts = {};
  const ruleCounts: TypeCounts = {};
  for (const d of documents) {
    addCounts(counts, d.counts);
    addCounts(ruleCounts, d.ruleCounts);
  }
  const headline = scoreTypes(counts, HEADLINE_TYPES, "PER+ORG+LOC+MISC");
  const perType = HEADLINE_TYPES.map((t) => scoreTypes(counts, [t], t));
  const chars = documents.reduce((n, d) => n + d.chars, 0);
  const millis = documents.reduce((n, d) => n + d.millis, 0);
  return {
    n: documents.length,
    unit: "documents",
    score: headline.f1,
    headline: "conlleval micro-F1 of the recogniser's layer: exact token span and type over PER, ORG, LOC and MISC",
    fields: [
      headline,
      ...perType,
      scoreTypes(counts, ["PER", "ORG", "LOC"], "PER+ORG+LOC"),
      scoreTypes(ruleCounts, HEADLINE_TYPES, "PER+ORG+LOC+MISC, rules (entities + places, before the recogniser)"),
    ],
    extra: { msPer5000Chars: chars ? (millis / chars) * 5000 : null },
  };
}

function scoreDocument(document: ConllDocument, pipeline: Pipeline): ScoredDocument {
  const built = buildDocument(document);
  const started = performance.now();
  const spans = predictConllSpans(built.text, pipeline);
  const millis = performance.now() - started;
  return {
    counts: countChunks(built.gold, chunksFromSpans(spans.ner, built.offsets), {}),
    ruleCounts: countChunks(built.gold, chunksFromSpans(spans.rules, built.offsets), {}),
    chars: built.text.length,
    millis,
  };
}

export const dataset: Dataset = {
  name: "conll2003",
  async evaluate(dir, options) {
    // eng.testa has no document ids: a document is named by its position after each -DOCSTART-.
    const documents = parseConll(readFileSync(join(dir, "eng.testa"), "utf8")).map((document, i) => ({
      id: `eng.testa#${i + 1}`,
      document,
    }));
    const pipeline = buildConllPipeline(loadResources(), options.settings);
    const predict = (d: { document: ConllDocument }) => scoreDocument(d.document, pipeline);
    return evaluateItems(documents, { idOf: (d) => d.id, predict, summarise: summariseConll }, options);
  },
};
