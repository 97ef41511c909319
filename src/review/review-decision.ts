// A review decision and its audit entry. confirm: the extraction is right as it stands (earlier edits
// stay); edit: these fields are corrected (added to earlier edits); reject: not an event (hidden from
// lists and exports unless asked for). Every decision is appended to the history with who, when and why.
import type { EventRecord } from "../records/event-record.js";
import type { ReviewFields } from "./review-fields.js";

export const REVIEW_ACTIONS = ["confirm", "edit", "reject"] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

export const REVIEW_STATUSES = ["confirmed", "edited", "rejected", "unreviewed"] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export type ReviewInput = { action: ReviewAction; fields?: ReviewFields; note?: string | null; reviewer: string };

/** The current decision on one event. */
export type EventReview = {
  status: Exclude<ReviewStatus, "unreviewed">;
  fields: ReviewFields;
  note: string | null;
  reviewer: string;
  reviewed_at: string;
};

/** One line of the audit history. */
export type ReviewEntry = {
  action: ReviewAction;
  fields: ReviewFields;
  note: string | null;
  reviewer: string;
  at: string;
};

/** The event as the lists show it: reviewed values applied, and who reviewed it. */
export type ReviewedEvent = EventRecord & {
  review: { status: EventReview["status"]; reviewed_at: string; reviewer: string } | null;
};

/** The decision after `input`, given the one before it (null when the event was never reviewed). */
export function decideReview(previous: EventReview | null, input: ReviewInput, at: string): EventReview {
  const fields =
    input.action === "edit" ? { ...(previous?.fields ?? {}), ...(input.fields ?? {}) } : (previous?.fields ?? {});
  const status = input.action === "reject" ? "rejected" : Object.keys(fields).length > 0 ? "edited" : "confirmed";
  return { status, fields, note: input.note ?? null, reviewer: input.reviewer, reviewed_at: at };
}
