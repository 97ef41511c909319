// Scoring of ACLED-coded rows, kept apart from prediction so it can be tested by hand. Each row is one
// gold event; sitrep's prediction for it is the lead event it extracts from the row's notes (or none).
// Every field is an accuracy over all rows: a row where sitrep finds no event is wrong on every field.
import { distanceKm } from "../src/text/gazetteer/distance-km.js";
import type { AcledRow } from "./acled-events-csv.js";
import type { DatasetResult, FieldScore } from "./types.js";

export type PredictedEvent = {
  event_date: string | null;
  event_type: string;
  sub_event_type: string;
  actor1: string | null;
  inter1: number | null;
  actor2: string | null;
  inter2: number | null;
  country: string | null;
  admin1: string | null;
  latitude: number | null;
  longitude: number | null;
  fatalities_best: number | null;
};

export const PLACE_KM = 161;

type Check = { field: string; rule: string; isRight: (gold: AcledRow, predicted: PredictedEvent) => boolean };

const CHECKS: Check[] = [
  { field: "event_type", rule: "exact ACLED event type", isRight: (g, p) => g.eventType === p.event_type },
  {
    field: "sub_event_type",
    rule: "exact ACLED sub-event type",
    isRight: (g, p) => g.subEventType === p.sub_event_type,
  },
  { field: "event_date", rule: "same day (YYYY-MM-DD)", isRight: (g, p) => g.eventDate === p.event_date },
  {
    field: "actor1",
    rule: "same name after dropping ACLED's parenthesised years/country, case and punctuation",
    isRight: (g, p) => sameActor(g.actor1, p.actor1),
  },
  {
    field: "actor2",
    rule: "as actor1; an empty gold actor2 needs no predicted actor2",
    isRight: (g, p) => sameActor(g.actor2, p.actor2),
  },
  { field: "inter1", rule: "same ACLED inter code", isRight: (g, p) => g.inter1 === p.inter1 },
  {
    field: "country",
    rule: "same country name, case-insensitive",
    isRight: (g, p) => normaliseName(g.country) === normaliseName(p.country ?? ""),
  },
  {
    field: "admin1",
    rule: "same admin1 name after folding diacritics, case and punctuation",
    isRight: (g, p) => normaliseName(g.admin1) === normaliseName(p.admin1 ?? ""),
  },
  {
    field: "location",
    rule: `predicted point within ${PLACE_KM} km of the gold point`,
    isRight: (g, p) => isNear(g, p),
  },
  {
    field: "fatalities",
    rule: "same count (no stated count = 0, as ACLED codes it)",
    isRight: (g, p) => g.fatalities === (p.fatalities_best ?? 0),
  },
];

// The headline: type, actors, place, date and fatalities, the fields issue #7 names.
const HEADLINE_FIELDS = ["sub_event_type", "actor1", "location", "event_date", "fatalities"];

export function scoreAcledRows(pairs: { gold: AcledRow; predicted: PredictedEvent | null }[]): DatasetResult {
  const detected = pairs.filter((p) => p.predicted !== null).length;
  const fields: FieldScore[] = [
    fieldScore("detected", "sitrep extracts at least one event from the row's notes", detected, pairs.length),
  ];
  for (const check of CHECKS) {
    const right = pairs.filter((p) => p.predicted !== null && check.isRight(p.gold, p.predicted)).length;
    fields.push(fieldScore(check.field, check.rule, right, pairs.length));
  }
  const headline = HEADLINE_FIELDS.map((f) => fields.find((s) => s.field === f)!.accuracy ?? 0);
  return {
    n: pairs.length,
    unit: "ACLED rows",
    score: pairs.length ? headline.reduce((sum, a) => sum + a, 0) / headline.length : null,
    headline: `mean accuracy of ${HEADLINE_FIELDS.join(", ")} over ACLED-coded rows (sitrep reads each row's notes)`,
    fields,
  };
}

function fieldScore(field: string, rule: string, right: number, total: number): FieldScore {
  return {
    field,
    precision: null,
    recall: null,
    f1: null,
    accuracy: total ? right / total : undefined,
    tp: right,
    fn: total - right,
    rule,
  };
}

/** "Military Forces of Iraq (2020-)" and "Unidentified Armed Group (Iraq)" name the actor before the brackets. */
export function normaliseActor(name: string): string {
  return normaliseName(name.replace(/\([^)]*\)/g, " ").replace(/^the\s+/i, ""));
}

function sameActor(gold: string, predicted: string | null): boolean {
  return normaliseActor(gold) === normaliseActor(predicted ?? "");
}

function normaliseName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function isNear(gold: AcledRow, predicted: PredictedEvent): boolean {
  if (gold.latitude === null || gold.longitude === null || predicted.latitude === null || predicted.longitude === null)
    return false;
  return (
    distanceKm(
      { latitude: gold.latitude, longitude: gold.longitude },
      { latitude: predicted.latitude, longitude: predicted.longitude },
    ) <= PLACE_KM
  );
}
