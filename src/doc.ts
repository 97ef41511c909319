// The core model: Doc, Span, Field. Nothing else lives here.
//
// Offsets are UTF-16 code units of `doc.text` (what JS string indexing counts). Convert to code points
// or bytes only at the edges (e.g. an eval scorer whose gold counts differently).

/** A view into `doc.text`: [start, end) with the label and the rule or component that made it. */
export type Span = {
  start: number;
  end: number;
  label: string;
  by: string;
  data?: Record<string, unknown>;
};

/** A value the text says (or a rule implied), where it says it, and whether it was stated or inferred. */
export type Field<T> = {
  value: T;
  evidence: Span[];
  stated: boolean;
};

/** Named span layers made by stages. `events` is not a span layer: see EventDraft. */
export type Layer =
  | "sentences"
  | "tokens"
  | "entities"
  | "ner"
  | "dates"
  | "places"
  | "numbers"
  | "weapons"
  | "quotes"
  | "events";

export type SourceMeta = {
  /** Input path, URL or JSONL id: where the document came from. */
  origin: string;
  url?: string;
  title?: string;
  publisher?: string;
  /** The publisher named in a copyright / "originally published by" line, when it differs. */
  originalPublisher?: string;
  /** ISO 8601 date or date-time of publication; the reference for relative dates. */
  published?: string;
  /** BCP 47 language of the text (given, or detected from the text; the page's lang attribute only when it is too short). */
  language?: string;
  /** The rule that named `language` (detect-language.ts): given, trigrams, english-words, page-lang or default. */
  languageBy?: "given" | "trigrams" | "english-words" | "page-lang" | "default";
  /** Bylines, as the page names them. */
  authors?: string[];
  /** The page's rel=canonical (or og:url) address. */
  canonicalUrl?: string;
};

/** One incident as the events stage sees it inside a single document (merge turns these into records). */
export type EventDraft = {
  eventType: Field<string>;
  subEventType: Field<string>;
  disorderType: string;
  date: Field<DateValue> | null;
  actor1: Field<ActorValue> | null;
  actor2: Field<ActorValue> | null;
  assocActors1: Field<ActorValue>[];
  assocActors2: Field<ActorValue>[];
  place: Field<PlaceValue> | null;
  fatalities: Field<FatalityValue>;
  weapons: Field<string>[];
  trigger: Span;
  /** Wounded (ACLED keeps no column for it): a count, or known with a vague count ("a number of ... were treated"). */
  injuries?: Field<FatalityValue>;
  /** ACLED civilian_targeting: set when the target is civilians. */
  civilianTargeting?: Field<string> | null;
  /** Indexes into doc.events of the events this one answers ("in response to", "in retaliation for"). */
  inResponseTo?: Field<number[]>;
  /** Indexes into doc.claims of tallies this event answers ("came in response to at least five ... attacks"). */
  inResponseToClaims?: Field<number[]>;
  /** Indexes into doc.claims of the claims that attribute this event. */
  claims?: number[];
  /** Drafts split from one incident (one per country named for it) share this number. */
  incident?: number;
  /** Lower-ranked tactics of the same actor pair, place and day (ACLED's hierarchy), with their trigger words. */
  otherTactics?: Field<{ eventType: string; subEventType: string }>[];
  /** Set when this draft's counts are one share of a total stated for several days or places. */
  split?: { by: "day" | "place" | "place and day"; part: number; parts: number; fatalities: FatalityValue };
};

/** A statement that counts or attributes events, with who makes it: kept apart from the events themselves. */
export type ClaimDraft = {
  /** "fatalities": one of several disagreeing casualty figures for one event (the event keeps the lowest). */
  kind: "tally" | "attribution" | "fatalities";
  claimant: Field<string> | null;
  eventType: string | null;
  subEventType: string | null;
  /** How many events the claim counts (tallies) — never averaged with a competing claim. */
  count: Field<{ low: number; best: number; high: number | null }> | null;
  period: Field<DateValue> | null;
  /** Who the claim says carried the events out. */
  actor: Field<ActorValue> | null;
  target: Field<ActorValue> | null;
  place: Field<PlaceValue> | null;
  /** Indexes into doc.events: the events attributed (attribution) or plausibly counted (tally, inferred). */
  events: number[];
  /** The statement's words (its sentence) and the trigger or verb that makes it a claim. */
  statement: Span;
  trigger: Span;
};

export type DateValue = {
  /** YYYY-MM-DD of the first day. */
  start: string;
  /** YYYY-MM-DD of the last day (same as start for a single day). */
  end: string;
  /** ACLED time_precision: 1 day, 2 week (or a few days), 3 month or longer. */
  precision: 1 | 2 | 3;
  /** ISO instant when the text gives a time of day and zone. */
  instant?: string;
};

export type ActorValue = {
  name: string;
  /** ACLED inter code of the actor's kind (1 state forces ... 8 external/other forces). */
  inter: number;
  /** ISO 3166-1 alpha-3 of the actor's country, when known. */
  country?: string;
};

export type PlaceValue = {
  country: string | null;
  iso3: string | null;
  admin1: string | null;
  location: string | null;
  latitude: number | null;
  longitude: number | null;
  /** ACLED geo_precision: 1 the town itself, 2 near a town / part of a region, 3 a region or country. */
  precision: 1 | 2 | 3;
};

/** A `tokens` span's data (syntax stage): Universal Dependencies part of speech and dependency. */
export type TokenValue = {
  upos: string;
  /** Index in the document's `tokens` layer of this token's head; null for its sentence's root. */
  head: number | null;
  /** UD relation to the head, subtypes kept ("nsubj:pass", "obl:tmod"); "root" for the root. */
  deprel: string;
};

export type FatalityValue = {
  known: boolean;
  low: number | null;
  best: number | null;
  high: number | null;
};

/** A cleaned document. `text` never changes after cleaning; stages only add layers. */
export type Doc = {
  readonly id: string;
  readonly text: string;
  readonly meta: Readonly<SourceMeta>;
  readonly layers: Readonly<Partial<Record<Layer, readonly Span[]>>>;
  readonly events: readonly EventDraft[];
  /** Tallies and attributions found by the events stage (absent before it runs). */
  readonly claims?: readonly ClaimDraft[];
};

export function createDoc(id: string, text: string, meta: SourceMeta): Doc {
  return { id, text, meta, layers: {}, events: [] };
}

export function withLayer(doc: Doc, layer: Layer, spans: readonly Span[]): Doc {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  return { ...doc, layers: { ...doc.layers, [layer]: sorted } };
}

export function withEvents(doc: Doc, events: readonly EventDraft[]): Doc {
  return { ...doc, events, layers: { ...doc.layers, events: events.map((e) => e.trigger) } };
}

export function spansOf(doc: Doc, layer: Layer): readonly Span[] {
  return doc.layers[layer] ?? [];
}

export function textOf(doc: Doc, span: Pick<Span, "start" | "end">): string {
  return doc.text.slice(span.start, span.end);
}

/** Spans of `layer` that lie inside [start, end). */
export function spansWithin(doc: Doc, layer: Layer, start: number, end: number): Span[] {
  return spansOf(doc, layer).filter((s) => s.start >= start && s.end <= end);
}

export function field<T>(value: T, evidence: Span[], stated = true): Field<T> {
  return { value, evidence, stated };
}
