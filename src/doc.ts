// The core model: Doc, Span, Field. Nothing else lives here.
//
// Offsets are UTF-16 code units of `doc.text` (what JS string indexing counts). Convert to code points
// or bytes only at the edges (e.g. an eval scorer whose gold counts differently).

/**
 * A view into `doc.text`: [start, end) with the label and the rule or component that made it. `D` is what
 * the span carries; plain `Span` is a span of any layer, for code that reads only offsets and labels
 * (evidence, overlap tests). A layer's spans are `LayerSpan<"places">`: see LayerData.
 */
export type Span<D = unknown> = {
  start: number;
  end: number;
  label: string;
  by: string;
  data?: D;
};

/** [start, end) offsets into `doc.text`. */
export type Range = { start: number; end: number };

/** A value the text says (or a rule implied), where it says it, and whether it was stated or inferred. */
export type Field<T> = {
  value: T;
  evidence: Span[];
  stated: boolean;
};

/**
 * What each layer's spans carry, by layer name: the contract between the stage that makes a layer and
 * the stages that read it. `spansOf(doc, "places")` returns `LayerSpan<"places">[]` and `withLayer`
 * accepts only those, so a producer and a consumer that disagree fail to compile. `undefined`: no data.
 */
export type LayerData = {
  sentences: undefined;
  /** syntax stage */
  tokens: TokenValue;
  /** syntax stage: each sentence it tagged and parsed, with the sentence's extent. A sentence with no span
   * here has no tokens because it was not parsed (not chosen, or too long), not because it has no words. */
  parsed: undefined;
  /** ner stage: the recogniser's PER / ORG / LOC / MISC names, label only. */
  ner: undefined;
  entities: EntityData;
  dates: CalendarDateData;
  places: PlaceSpanData;
  numbers: QuantityData;
  weapons: WeaponData;
  quotes: QuoteData;
  /** Each event draft's trigger (see EventDraft and withEvents). */
  events: TriggerData;
};

/** Named span layers made by stages. `events` is not a span layer: see EventDraft. */
export type Layer = keyof LayerData;

/** A span of `layer`, with that layer's data. */
export type LayerSpan<L extends Layer> = Span<LayerData[L]>;

/**
 * An `entities` span's data. One shape for all labels; which fields are set depends on the rule (`by`):
 * lexicon actors, countries and nationalities carry name/iso3/inter; leaders also person/office and the
 * government word ("institution"); PERSON names role/organization; ACTOR_DESCRIPTION
 * description/affiliation; SOURCE_DESCRIPTION role/institution/former.
 */
export type EntityData = {
  name?: string;
  iso3?: string;
  /** ACLED inter code of a known actor. */
  inter?: number;
  /** A leader standing for their government: the person's name and office. */
  person?: string;
  office?: string;
  institution?: string;
  role?: string;
  organization?: string;
  description?: string;
  affiliation?: string;
  former?: boolean;
  /** An ORG name with an armed-group head word ("Kidal Brigades"): the events stage may read it as an actor. */
  actorCandidate?: boolean;
};

/** What every span made by the dates stage carries (findDates returns all TIMEX3 types). */
export type DateSpanData = {
  /** TIMEX3 value and type (TimeML). */
  timex: string;
  timexType: "DATE" | "TIME" | "DURATION" | "SET";
  /** True when the text itself fixes the value; false when it comes from the publication date. */
  stated: boolean;
  start?: string;
  end?: string;
  precision?: 1 | 2 | 3;
  /** "since April 14": a period that runs to the publication day. */
  open?: boolean;
  instant?: string;
  /** A part of a day with no day word ("in the early afternoon"): its day is only the publication day's. */
  dayless?: true;
  /** The day a clock time or weekday names in the dateline's local time, and the words that say so. */
  localDay?: string;
  localDayFrom?: Range;
};

/** A `dates` layer span's data: the layer keeps only expressions that name a calendar period. */
export type CalendarDateData = DateSpanData & DateValue;

/** A `places` span's data. Precision is ACLED geo_precision, where_prec UCDP GED's (make-place-span.ts). */
export type PlaceSpanData = {
  location?: string;
  geonameId?: number;
  country?: string;
  iso3?: string;
  admin1?: string;
  latitude?: number;
  longitude?: number;
  population?: number;
  precision: 1 | 2 | 3;
  where_prec: number;
  /** Both countries of a border area. */
  countries?: string[];
  /** A toponym that is not a location mention: a demonym or part of a name. */
  role?: "adjectival" | "in-name";
};

/** A `numbers` span's data: low / best / high, and for COUNT spans what is counted. */
export type QuantityData = {
  low: number;
  best: number;
  high: number | null;
  /** COUNT: what the noun counts ("people", "attacks", "arrested"). */
  counts?: string;
  noun?: string;
  /** KILLED: a toll the text says changed ("the death toll rose to 14"), the incident's latest. */
  revised?: boolean;
};

/** A `weapons` span's data: the taxonomy row of lexicon/weapons/weapons.tsv. */
export type WeaponData = { weapon: string; eventType: string; subEventType: string };

/** A `quotes` span's data: the span covers the content; source and cue are offsets into the text. */
export type QuoteData = {
  kind: "direct" | "according-to" | "reported";
  source: Range;
  cue: Range;
  sourceText: string;
  isAnonymous: boolean;
};

/** An event trigger's data: set by the trigger lexicon (subEventType, generic) or PLOVER cues (cameo). */
export type TriggerData = { subEventType?: string; generic?: boolean; cameo?: string };

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
  trigger: LayerSpan<"events">;
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
  readonly layers: { readonly [L in Layer]?: readonly LayerSpan<L>[] };
  readonly events: readonly EventDraft[];
  /** Tallies and attributions found by the events stage (absent before it runs). */
  readonly claims?: readonly ClaimDraft[];
};

export function createDoc(id: string, text: string, meta: SourceMeta): Doc {
  return { id, text, meta, layers: {}, events: [] };
}

export function withLayer<L extends Layer>(doc: Doc, layer: L, spans: readonly LayerSpan<L>[]): Doc {
  // Most stages make their spans in text order (the syntax stage's thousands of tokens): one pass to see so
  // is cheaper than the sort's comparator calls, and a stable sort would leave such a list as it is.
  const sorted = isInSpanOrder(spans) ? spans.slice() : [...spans].sort(compareSpans);
  return { ...doc, layers: { ...doc.layers, [layer]: sorted } };
}

/** withLayer's order: by start, the longer first at one start. */
function compareSpans(a: Pick<Span, "start" | "end">, b: Pick<Span, "start" | "end">): number {
  return a.start - b.start || b.end - a.end;
}

function isInSpanOrder(spans: readonly Pick<Span, "start" | "end">[]): boolean {
  for (let i = 1; i < spans.length; i++) if (compareSpans(spans[i - 1], spans[i]) > 0) return false;
  return true;
}

export function withEvents(doc: Doc, events: readonly EventDraft[]): Doc {
  return { ...doc, events, layers: { ...doc.layers, events: events.map((e) => e.trigger) } };
}

export function spansOf<L extends Layer>(doc: Doc, layer: L): readonly LayerSpan<L>[] {
  return doc.layers[layer] ?? [];
}

export function textOf(doc: Doc, span: Pick<Span, "start" | "end">): string {
  return doc.text.slice(span.start, span.end);
}

/** Spans of `layer` that lie inside [start, end). */
export function spansWithin<L extends Layer>(doc: Doc, layer: L, start: number, end: number): LayerSpan<L>[] {
  return spansOf(doc, layer).filter((s) => s.start >= start && s.end <= end);
}

export function field<T>(value: T, evidence: Span[], stated = true): Field<T> {
  return { value, evidence, stated };
}
