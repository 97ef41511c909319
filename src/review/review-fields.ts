// What a reviewer may change on an event: the ACLED fields an analyst corrects, each with its type. Ids,
// sources, evidence and links are the pipeline's record of what the text says, and stay as extracted.
import { z } from "zod";
import { countryByIso3, countryByName } from "../countries.js";
import type { EventRecord } from "../records/event-record.js";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD");
const name = z.string().trim().min(1).max(500).nullable();
const count = z.number().int().min(0).nullable();
const precision = z.union([z.literal(1), z.literal(2), z.literal(3)]).nullable();

/** The fields of an event record a reviewer may set, each with its type (also the API's record schema). */
export const EDITABLE_EVENT_FIELDS = z.object({
  event_date: day.nullable(),
  time_precision: precision,
  disorder_type: z.string().trim().min(1).max(200),
  event_type: z.string().trim().min(1).max(200),
  sub_event_type: z.string().trim().min(1).max(200),
  actor1: name,
  assoc_actor_1: z.array(z.string().trim().min(1).max(500)).max(50),
  inter1: z.number().int().min(0).max(9).nullable(),
  actor2: name,
  assoc_actor_2: z.array(z.string().trim().min(1).max(500)).max(50),
  inter2: z.number().int().min(0).max(9).nullable(),
  civilian_targeting: z.string().max(200).nullable(),
  country: name,
  iso3: z
    .string()
    .regex(/^[A-Z]{3}$/, "an ISO 3166-1 alpha-3 code")
    .nullable(),
  admin1: name,
  location: name,
  latitude: z.number().min(-90).max(90).nullable(),
  longitude: z.number().min(-180).max(180).nullable(),
  geo_precision: precision,
  fatalities_low: count,
  fatalities_best: count,
  fatalities_high: count,
  fatalities_known: z.boolean(),
  injuries_low: count,
  injuries_best: count,
  injuries_high: count,
  injuries_known: z.boolean(),
  weapons: z.array(z.string().trim().min(1).max(200)).max(50),
  notes: z.string().max(20_000),
});

export const REVIEW_FIELDS = EDITABLE_EVENT_FIELDS.partial().strict();

export type ReviewFields = z.infer<typeof REVIEW_FIELDS>;
export type ReviewFieldName = keyof ReviewFields;
export const REVIEW_FIELD_NAMES = Object.keys(REVIEW_FIELDS.shape) as ReviewFieldName[];

/** The record an analyst sees (an event or an incident): the extraction with the reviewer's values over it. A new country without a
 * new iso3 takes the country's code, so the country filter finds the corrected event. */
export function applyReviewFields<T extends Pick<EventRecord, "country" | "iso3">>(
  extracted: T,
  fields: ReviewFields,
): T {
  const reviewed = { ...extracted, ...fields };
  if (fields.country !== undefined && fields.iso3 === undefined) {
    reviewed.iso3 = fields.country === null ? null : (countryByName(fields.country)?.iso3 ?? null);
  }
  if (fields.iso3 && fields.country === undefined)
    reviewed.country = countryByIso3(fields.iso3)?.name ?? reviewed.country;
  return reviewed;
}
