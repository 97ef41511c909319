// The stage order, in one array. Clean runs before these (it is the only step that makes text, from a
// RawDocument); every stage here is Doc -> Doc and only adds layers.
import type { Doc, Layer } from "./doc.js";
import { SitrepError } from "./errors.js";
import type { Resources } from "./resources.js";
import { DEFAULT_SETTINGS, type Settings } from "./settings.js";
import type { Stage } from "./stage.js";
import { createDatesStage, datesStage } from "./stages/dates/index.js";
import { createEntitiesStage } from "./stages/entities/index.js";
import { type EventLexicons, loadEventLexicons } from "./stages/events/event-lexicons.js";
import { findCandidateSentences } from "./stages/events/find-candidate-sentences.js";
import { createEventsStage, eventsStage } from "./stages/events/index.js";
import { rememberLastMatches, rememberLastTriggers, type SharedTriggers } from "./stages/events/remember-triggers.js";
import { createNerStage } from "./stages/ner/index.js";
import { createNumbersStage, numbersStage } from "./stages/numbers/index.js";
import { createPlacesStage } from "./stages/places/index.js";
import { createQuotesStage, quotesStage } from "./stages/quotes/index.js";
import { readsAttributionModel } from "./stages/quotes/settings.js";
import { createSentencesStage, sentencesStage } from "./stages/sentences/index.js";
import { createSyntaxStage, type SentenceChoice } from "./stages/syntax/index.js";
import { createWeaponsStage, weaponsStage } from "./stages/weapons/index.js";
import { type Gazetteer, openGazetteer } from "./text/gazetteer/gazetteer.js";

// The gazetteer of pipelines built without resources (STAGES: tests, a bare buildPipeline()): opened here,
// read on its first lookup, shared by entities and places. loadResources() opens the one of a real run.
const STAGES_GAZETTEER = openGazetteer();

// Parsing every sentence halves throughput (bench/README.md), and only the events stage reads the parse,
// so only sentences with a trigger word or a casualty count are parsed. The choice loads the events
// lexicons once, on its first document (or reads the ones it shares with the events stage, with the
// trigger finder that lets the two find a document's triggers once: remember-triggers.ts).
const eventSentences = (settings: Settings, shared?: SharedTriggers): SentenceChoice => {
  let lexicons: EventLexicons | undefined;
  return {
    needs: ["entities", "dates", "numbers", "weapons"],
    pick: (doc) =>
      findCandidateSentences(
        doc,
        (lexicons ??= shared ? shared.lexicons() : loadEventLexicons()),
        settings.events,
        shared?.findTriggers,
      ),
  };
};

/** The events lexicons, read on first use, and a trigger finder, for the sentence choice and the events stage. */
function shareEventTriggers(): SharedTriggers {
  let lexicons: EventLexicons | undefined;
  const findMatches = rememberLastMatches();
  return {
    lexicons: () => (lexicons ??= loadEventLexicons()),
    findTriggers: rememberLastTriggers(findMatches),
    findMatches,
  };
}

export const STAGES: Stage[] = [
  sentencesStage, // everything below works sentence by sentence
  createEntitiesStage(STAGES_GAZETTEER), // actors before dates/places: an actor name is never a place ("Islamic State")
  datesStage,
  createPlacesStage(STAGES_GAZETTEER), // needs entities to skip toponyms inside actor names ("Iraqi military")
  numbersStage, // casualty counts and their negations
  weaponsStage, // instruments: they also type a vague "attack"
  quotesStage, // who says what: claims and sourcing read it
  createSyntaxStage(undefined, eventSentences(DEFAULT_SETTINGS)), // grammar for the events stage's predicates and arguments
  eventsStage, // reads every layer above
];

/**
 * STAGES with the trained recogniser after sentences: entities, places and later stages may read its
 * names. STAGES alone stays the default of buildPipeline so a caller without resources still runs.
 * Stages with a settings object are made from `settings` (src/settings.ts; `sitrep eval --set`).
 */
export function buildStages(resources: Resources, settings: Settings = DEFAULT_SETTINGS): Stage[] {
  const triggers = shareEventTriggers();
  const loaded: Record<string, Stage> = {
    weapons: createWeaponsStage(resources.weapons, settings.weapons),
    sentences: createSentencesStage(resources.sentences),
    dates: createDatesStage(resources.dates, settings.dates),
    numbers: createNumbersStage(resources.numbers, settings.numbers),
    quotes: createQuotesStage(
      resources.quotes,
      settings.quotes,
      readsAttributionModel(settings.quotes) ? resources.attribution() : undefined,
    ),
    syntax: createSyntaxStage(() => resources.syntax, eventSentences(settings, triggers)),
    events: createEventsStage(settings.events, resources.happened, triggers),
  };
  const [sentences, ...rest] = configureStages(STAGES, settings, resources.gazetteer).map(
    (stage) => loaded[stage.name] ?? stage,
  );
  return [sentences, createNerStage(resources.ner), ...rest];
}

/** The stages, each one that has a settings object remade from `settings`. */
export function configureStages(
  stages: readonly Stage[],
  settings: Settings,
  gazetteer: Gazetteer = STAGES_GAZETTEER,
): Stage[] {
  const configured: Record<string, Stage> = {
    entities: createEntitiesStage(gazetteer, settings.entities),
    places: createPlacesStage(gazetteer, settings.places),
    events: createEventsStage(settings.events),
  };
  return stages.map((stage) => configured[stage.name] ?? stage);
}

export type Pipeline = { stages: readonly Stage[]; run(doc: Doc): Doc };

/** Checks that every stage's needs are made by an earlier stage, then returns a runner. */
export function buildPipeline(stages: readonly Stage[] = STAGES): Pipeline {
  const made = new Set<Layer>();
  for (const stage of stages) {
    const missing = stage.needs.filter((layer) => !made.has(layer));
    if (missing.length > 0) {
      throw new SitrepError(
        "pipeline-invalid",
        `stage "${stage.name}" needs ${missing.join(", ")}, which no earlier stage makes`,
        {
          stage: stage.name,
        },
      );
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
