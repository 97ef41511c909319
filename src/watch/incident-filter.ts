// The saved filter of `sitrep watch`: which new or changed incidents are worth a notification. A JSON file
// (`--filter`) and the command-line flags give the same fields; within a field any value matches, and every
// field given must match. Values are compared without case, as analysts type them.
import { readFileSync } from "node:fs";
import { z } from "zod";
import { SitrepError } from "../errors.js";
import type { IncidentRecord } from "../records/incident-record.js";

const BBOX = z
  .tuple([
    z.number().min(-180).max(180),
    z.number().min(-90).max(90),
    z.number().min(-180).max(180),
    z.number().min(-90).max(90),
  ])
  .refine(
    ([west, south, east, north]) => west <= east && south <= north,
    "bbox is [west, south, east, north] with west <= east and south <= north",
  );

export const INCIDENT_FILTER = z
  .object({
    /** Country name or ISO 3166 alpha-3 code. */
    country: z.array(z.string().min(1)).optional(),
    /** An actor on either side, named or associated: a word-boundary match ("Hamas" matches "Military Forces of Hamas"). */
    actor: z.array(z.string().min(1)).optional(),
    /** ACLED event type or sub-event type. */
    event_type: z.array(z.string().min(1)).optional(),
    /** Longitude/latitude box, [west, south, east, north]: incidents without coordinates never match. */
    bbox: BBOX.optional(),
  })
  .strict();

export type IncidentFilter = z.infer<typeof INCIDENT_FILTER>;

/** A saved filter file, checked: an unknown field or a bad box is an error naming the file, not a silent match-all. */
export function readIncidentFilter(path: string): IncidentFilter {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new SitrepError("bad-usage", `filter ${path}: ${(error as Error).message}`);
  }
  const parsed = INCIDENT_FILTER.safeParse(json);
  if (!parsed.success)
    throw new SitrepError(
      "bad-usage",
      `filter ${path}: ${parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ")}`,
    );
  return parsed.data;
}

export function matchesFilter(incident: IncidentRecord, filter: IncidentFilter): boolean {
  const fold = (s: string | null) => (s ?? "").toLowerCase();
  const anyOf = (wanted: string[] | undefined, test: (w: string) => boolean) =>
    !wanted?.length || wanted.some((w) => test(fold(w)));
  const actors = [incident.actor1, incident.actor2, ...incident.assoc_actor_1, ...incident.assoc_actor_2].map(fold);
  return (
    anyOf(filter.country, (w) => w === fold(incident.country) || w === fold(incident.iso3)) &&
    anyOf(filter.actor, (w) =>
      actors.some((a) => new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(w)}($|[^\\p{L}\\p{N}])`, "u").test(a)),
    ) &&
    anyOf(filter.event_type, (w) => w === fold(incident.event_type) || w === fold(incident.sub_event_type)) &&
    isInBox(incident, filter.bbox)
  );
}

function isInBox(incident: IncidentRecord, bbox: IncidentFilter["bbox"]): boolean {
  if (!bbox) return true;
  if (incident.latitude === null || incident.longitude === null) return false;
  const [west, south, east, north] = bbox;
  return (
    incident.longitude >= west && incident.longitude <= east && incident.latitude >= south && incident.latitude <= north
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
