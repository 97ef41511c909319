// The stage order, in one array. Clean runs before these (it is the only step that makes text, from a
// RawDocument); every stage here is Doc -> Doc and only adds layers.
import type { Doc, Layer } from "./doc.js";
import { SitrepError } from "./errors.js";
import { sentencesStage } from "./stages/sentences/index.js";
import { createSyntaxStage } from "./stages/syntax/index.js";
import { entitiesStage } from "./stages/entities/index.js";
import { datesStage } from "./stages/dates/index.js";
import { placesStage } from "./stages/places/index.js";
import { numbersStage } from "./stages/numbers/index.js";
import { weaponsStage } from "./stages/weapons/index.js";
import { eventsStage } from "./stages/events/index.js";
import { quotesStage } from "./stages/quotes/index.js";

export type Stage = {
  name: string;
  needs: Layer[];
  makes: Layer[];
  run(doc: Doc): Doc;
};

export const STAGES: Stage[] = [
  sentencesStage, // everything below works sentence by sentence
  createSyntaxStage(), // tokens with part of speech and dependencies; reads its weights on the first document
  entitiesStage, // actors before dates/places: an actor name is never a place ("Islamic State")
  datesStage,
  placesStage, // needs entities to skip toponyms inside actor names ("Iraqi military")
  numbersStage, // casualty counts and their negations
  weaponsStage, // instruments: they also type a vague "attack"
  quotesStage, // who says what: claims and sourcing read it
  eventsStage, // reads every layer above
];

export type Pipeline = { stages: readonly Stage[]; run(doc: Doc): Doc };

/** Checks that every stage's needs are made by an earlier stage, then returns a runner. */
export function buildPipeline(stages: readonly Stage[] = STAGES): Pipeline {
  const made = new Set<Layer>();
  for (const stage of stages) {
    const missing = stage.needs.filter((layer) => !made.has(layer));
    if (missing.length > 0) {
      throw new SitrepError("pipeline-invalid", `stage "${stage.name}" needs ${missing.join(", ")}, which no earlier stage makes`, {
        stage: stage.name,
      });
    }
    for (const layer of stage.makes) made.add(layer);
  }
  return { stages, run: (doc) => runStages(stages, doc) };
}

function runStages(stages: readonly Stage[], doc: Doc): Doc {
  let current = doc;
  for (const stage of stages) {
    try {
      current = stage.run(current);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new SitrepError("stage-failed", `stage "${stage.name}" failed on document ${doc.id}: ${reason}`, {
        stage: stage.name,
        documentId: doc.id,
        cause: error,
      });
    }
  }
  return current;
}
