// Incident reviews in the store, by the rule event reviews follow (review/review-decision.ts): the decision
// and its audit entry in one transaction, the merged record never touched, the reviewer's values laid over
// it when read. Lists show the reviewed values too (a page's reviews are read in one query).
import type { Kysely } from "kysely";
import type { IncidentRecord } from "../records/incident-record.js";
import { decideReview, type EventReview, type ReviewEntry, type ReviewInput } from "../review/review-decision.js";
import { applyReviewFields } from "../review/review-fields.js";
import { reviewEntryOfRow, reviewOfRow } from "./events-store.js";
import type { Database } from "./schema.js";

/** An incident as read: reviewed values applied, the decision, its history, and the merge before review. */
export type ReviewedIncident = IncidentRecord & {
  review: EventReview | null;
  review_history?: ReviewEntry[];
  merged?: IncidentRecord;
};

/** Records `input` on the incident; false when there is no such incident. */
export async function reviewIncident(
  db: Kysely<Database>,
  incidentId: string,
  input: ReviewInput,
  at = new Date().toISOString(),
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const exists = await trx
      .selectFrom("incidents")
      .select("incident_id")
      .where("incident_id", "=", incidentId)
      .executeTakeFirst();
    if (!exists) return false;
    const previous = await trx
      .selectFrom("incident_reviews")
      .selectAll()
      .where("incident_id", "=", incidentId)
      .executeTakeFirst();
    const review = decideReview(previous ? reviewOfRow(previous) : null, input, at);
    const stored = { ...review, fields: JSON.stringify(review.fields) };
    await trx
      .insertInto("incident_reviews")
      .values({ incident_id: incidentId, ...stored })
      .onConflict((oc) => oc.column("incident_id").doUpdateSet(stored))
      .execute();
    const entry = { action: input.action, fields: JSON.stringify(input.fields ?? {}), note: input.note ?? null };
    await trx
      .insertInto("incident_review_history")
      .values({ incident_id: incidentId, ...entry, reviewer: input.reviewer, at })
      .execute();
    return true;
  });
}

/** One incident with its review and review history (`readIncident` gives it as merged, or null). */
export async function withIncidentReview(
  db: Kysely<Database>,
  incident: IncidentRecord | null,
): Promise<ReviewedIncident | null> {
  if (!incident) return null;
  const [reviewed] = await withIncidentReviews(db, [incident]);
  const rows = await db
    .selectFrom("incident_review_history")
    .selectAll()
    .where("incident_id", "=", incident.incident_id)
    .orderBy("entry_id")
    .execute();
  return { ...reviewed!, review_history: rows.map(reviewEntryOfRow), merged: reviewed!.review ? incident : undefined };
}

/** These incidents with their reviewers' values applied and their decisions, in one query. */
export async function withIncidentReviews(
  db: Kysely<Database>,
  incidents: IncidentRecord[],
): Promise<ReviewedIncident[]> {
  const ids = incidents.map((i) => i.incident_id);
  const rows = ids.length
    ? await db.selectFrom("incident_reviews").selectAll().where("incident_id", "in", ids).execute()
    : [];
  const byId = new Map(rows.map((row) => [row.incident_id, reviewOfRow(row)]));
  return incidents.map((incident) => {
    const review = byId.get(incident.incident_id) ?? null;
    return review ? { ...applyReviewFields(incident, review.fields), review } : { ...incident, review: null };
  });
}
