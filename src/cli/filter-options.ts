// The list filters as command-line options, shared by `events`, `export`, `incidents`: the API's names with
// dashes (--event-type for event_type), parsed by the same zod schema, so both refuse the same input.
import { type Command, InvalidArgumentError } from "commander";
import { REVIEW_STATUSES } from "../review/review-decision.js";
import { EVENT_SORTS, type EventQuery, parseEventQuery } from "../store/event-filter.js";

export type FilterOptions = Partial<
  Record<
    | "from"
    | "to"
    | "country"
    | "admin1"
    | "actor"
    | "eventType"
    | "subEventType"
    | "bbox"
    | "fatalitiesMin"
    | "fatalitiesMax"
    | "status"
    | "q"
    | "document"
    | "sort",
    string
  >
> & {
  reviewed?: boolean;
  limit?: number;
};

export function addFilterOptions(command: Command): Command {
  return command
    .option("--from <date>", "first day of event_date (YYYY-MM-DD, inclusive)")
    .option("--to <date>", "last day of event_date (YYYY-MM-DD, inclusive)")
    .option("--country <country>", "ISO 3166-1 alpha-3 code or country name")
    .option("--admin1 <name>", "first-level region, exactly")
    .option("--actor <text>", "case-insensitive part of actor1, actor2 or an associated actor")
    .option("--event-type <type>", "ACLED event type, exactly")
    .option("--sub-event-type <type>", "ACLED sub-event type, exactly")
    .option("--bbox <west,south,east,north>", "only events inside this box (decimal degrees)")
    .option("--fatalities-min <n>", "fatalities_best at least n (unknown tolls never pass)")
    .option("--fatalities-max <n>", "fatalities_best at most n (unknown tolls never pass)")
    .option("--reviewed", "only reviewed events (confirmed, edited or rejected)")
    .option("--status <status>", `only events with this review status: ${REVIEW_STATUSES.join(", ")}`)
    .option("--q <words>", "full-text search of the sentence, actors and place (every word required)")
    .option("--document <id>", "only events sourced from this document")
    .option("--sort <order>", `${EVENT_SORTS.join(", ")} (default -event_date)`)
    .option("--limit <n>", "at most n rows (default: all, streamed)", parseCount);
}

/** The options as the store's query (no page size: the command streams every match up to --limit). */
export function eventQueryOf(options: FilterOptions): EventQuery {
  return parseEventQuery({
    from: options.from,
    to: options.to,
    country: options.country,
    admin1: options.admin1,
    actor: options.actor,
    event_type: options.eventType,
    sub_event_type: options.subEventType,
    bbox: options.bbox,
    fatalities_min: options.fatalitiesMin,
    fatalities_max: options.fatalitiesMax,
    reviewed: options.reviewed ? "true" : undefined,
    status: options.status,
    q: options.q,
    document: options.document,
    sort: options.sort,
  });
}

/** The first `limit` items of a stream (all when no limit). */
export async function* takeFirst<T>(items: AsyncIterable<T>, limit: number | undefined): AsyncGenerator<T> {
  if (limit === undefined) return yield* items;
  let left = limit;
  if (left <= 0) return;
  for await (const item of items) {
    yield item;
    if (--left <= 0) return;
  }
}

function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`"${value}" is not a whole number above 0`);
  return n;
}
