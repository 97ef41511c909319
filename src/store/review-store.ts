// Review decisions in the store: the decision per event and its audit entry written in one transaction,
// with the event's list columns set from the reviewed record so filters see the corrected values. The
// extracted record is never touched; re-processing re-applies the decisions to the re-inserted events.
import type { Kysely, Transaction } from "kysely";
import type { EventRecord } from "../records/event-record.js";
import { decideReview, type EventReview, type ReviewInput } from "../review/review-decision.js";
import { applyReviewFields } from "../review/review-fields.js";
import { eventColumns } from "./event-columns.js";
import { reviewOfRow } from "./events-store.js";
import type { Database } from "./schema.js";

/** Records `input` on the event; false when there is no such event. */
export async function reviewEvent(
  db: Kysely<Database>,
  eventId: string,
  input: ReviewInput,
  at = new Date().toISOString(),
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom("events").select("record").where("event_id", "=", eventId).executeTakeFirst();
    if (!row) return false;
    const previousRow = await trx
      .selectFrom("event_reviews")
      .selectAll()
      .where("event_id", "=", eventId)
      .executeTakeFirst();
    const review = decideReview(previousRow ? reviewOfRow(previousRow) : null, input, at);
    const stored = {
      status: review.status,
      fields: JSON.stringify(review.fields),
      note: review.note,
      reviewer: review.reviewer,
      reviewed_at: review.reviewed_at,
    };
    await trx
      .insertInto("event_reviews")
      .values({ event_id: eventId, ...stored })
      .onConflict((oc) => oc.column("event_id").doUpdateSet(stored))
      .execute();
    await trx
      .insertInto("review_history")
      .values({
        event_id: eventId,
        action: input.action,
        fields: JSON.stringify(input.fields ?? {}),
        note: input.note ?? null,
        reviewer: input.reviewer,
        at,
      })
      .execute();
    await setReviewedColumns(trx, eventId, JSON.parse(row.record), review);
    return true;
  });
}

/** After a document's events are re-inserted (reprocess): its reviewed events get their decisions back. */
export async function reapplyReviews(trx: Transaction<Database>, documentId: string): Promise<void> {
  const rows = await trx
    .selectFrom("event_sources")
    .innerJoin("events", "events.event_id", "event_sources.event_id")
    .innerJoin("event_reviews", "event_reviews.event_id", "event_sources.event_id")
    .select([
      "events.event_id",
      "events.record",
      "event_reviews.status",
      "event_reviews.fields",
      "event_reviews.note",
      "event_reviews.reviewer",
      "event_reviews.reviewed_at",
    ])
    .where("event_sources.document_id", "=", documentId)
    .execute();
  for (const row of rows) await setReviewedColumns(trx, row.event_id, JSON.parse(row.record), reviewOfRow(row)!);
}

async function setReviewedColumns(
  trx: Transaction<Database>,
  eventId: string,
  extracted: EventRecord,
  review: EventReview,
): Promise<void> {
  const columns = eventColumns(applyReviewFields(extracted, review.fields));
  await trx
    .updateTable("events")
    .set({ ...columns, review_status: review.status })
    .where("event_id", "=", eventId)
    .execute();
}
