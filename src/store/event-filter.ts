// The filters every list takes (API query string, `sitrep events` options), parsed from strings by one zod
// schema so the API and the CLI accept and refuse the same input with the same words.
import { z } from "zod";
import { countryByIso3, countryByName } from "../countries.js";
import { SitrepError } from "../errors.js";
import { REVIEW_STATUSES } from "../review/review-decision.js";

export const EVENT_SORTS = ["event_date", "-event_date", "fatalities", "-fatalities"] as const;
export type EventSort = (typeof EVENT_SORTS)[number];

/** Page sizes: the contract's default and ceiling for lists, and for the map's GeoJSON. */
export const LIST_LIMIT = { default: 100, max: 1000 } as const;
export const GEOJSON_LIMIT = { default: 10_000, max: 50_000 } as const;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "use YYYY-MM-DD");
const count = z.coerce.number().int().min(0);
const text = z.string().trim().min(1).max(500);

const bbox = z.string().transform((value, ctx) => {
  const parts = value.split(",").map(Number);
  const [west, south, east, north] = parts;
  const valid =
    parts.length === 4 &&
    parts.every(Number.isFinite) &&
    Math.abs(south!) <= 90 &&
    Math.abs(north!) <= 90 &&
    south! <= north! &&
    Math.abs(west!) <= 180 &&
    Math.abs(east!) <= 180;
  if (!valid)
    ctx.addIssue({ code: "custom", message: "use west,south,east,north in decimal degrees (south <= north)" });
  return { west: west!, south: south!, east: east!, north: north! };
});

/** ISO3 or a country name; an unknown one is refused rather than matching nothing in silence. */
const country = z.string().transform((value, ctx) => {
  const found = /^[A-Za-z]{3}$/.test(value) ? countryByIso3(value.toUpperCase()) : undefined;
  const iso3 = found?.iso3 ?? countryByName(value)?.iso3;
  if (!iso3) ctx.addIssue({ code: "custom", message: `"${value}" is not a country name or ISO 3166-1 alpha-3 code` });
  return iso3 ?? "";
});

export const EVENT_FILTER_FIELDS = {
  from: day,
  to: day,
  country,
  admin1: text,
  actor: text,
  event_type: text,
  sub_event_type: text,
  bbox,
  fatalities_min: count,
  fatalities_max: count,
  reviewed: z.enum(["true", "false"]).transform((v) => v === "true"),
  status: z.enum(REVIEW_STATUSES),
  q: text,
  document: text,
};

export const EVENT_QUERY = z
  .object({
    ...EVENT_FILTER_FIELDS,
    sort: z.enum(EVENT_SORTS),
    limit: z.coerce.number().int().min(1).max(LIST_LIMIT.max),
    cursor: z.string().max(1000),
  })
  .partial()
  .strict();

export type EventQuery = z.infer<typeof EVENT_QUERY>;
export type EventFilter = Omit<EventQuery, "sort" | "limit" | "cursor">;

export type Page<T> = { items: T[]; next_cursor: string | null };

/** A readable message for the first problems of a failed parse: "fatalities_min: expected a number". */
export function describeFilterError(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) =>
      issue.code === "unrecognized_keys"
        ? `unknown filter ${issue.keys.join(", ")}`
        : `${issue.path.join(".") || "query"}: ${issue.message}`,
    )
    .join("; ");
}

/** A filter, sort or cursor the store cannot use: the caller's input, so a 400 (API) or a usage error (CLI). */
export class BadFilterError extends SitrepError {
  constructor(message: string) {
    super("bad-usage", message);
  }
}

/** Parses list options given as strings (a query string, CLI options); throws BadFilterError. */
export function parseEventQuery(raw: Record<string, string | undefined>): EventQuery {
  const given = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = EVENT_QUERY.safeParse(given);
  if (!parsed.success) throw new BadFilterError(describeFilterError(parsed.error));
  return parsed.data;
}
