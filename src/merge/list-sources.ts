// The reports behind an incident and how many independent publishers they represent. A syndicated copy
// (another masthead over the same wire story) is not corroboration: it counts under the publisher it names
// as its origin, and a near-duplicate stored without events counts under the report it copies.
import type { EventRecord } from "../records/event-record.js";
import type { IncidentSource } from "../records/incident-record.js";
import { compare } from "./choose-fields.js";

/** The document columns merging reads (a DocumentRow has them all). */
export type SourceDocument = {
  document_id: string;
  origin: string;
  publisher: string | null;
  original_publisher: string | null;
  published: string | null;
  duplicate_of: string | null;
};

/** Sources of the events, plus the stored near-duplicates of those reports (from `documents`). */
export function listSources(events: EventRecord[], documents: ReadonlyMap<string, SourceDocument>): IncidentSource[] {
  const byId = new Map<string, IncidentSource>();
  for (const event of events) {
    for (const ref of event.sources) {
      const doc = documents.get(ref.document_id);
      const source = byId.get(ref.document_id) ?? {
        ...ref,
        publisher: doc?.publisher ?? ref.publisher,
        original_publisher: doc?.original_publisher ?? null,
        duplicate_of: null,
        event_ids: [],
      };
      source.event_ids.push(event.event_id);
      byId.set(ref.document_id, source);
    }
  }
  for (const doc of documents.values()) {
    if (doc.duplicate_of && byId.has(doc.duplicate_of) && !byId.has(doc.document_id)) {
      const { document_id, origin, publisher, original_publisher, published, duplicate_of } = doc;
      byId.set(document_id, {
        document_id,
        origin,
        publisher,
        published,
        original_publisher,
        duplicate_of,
        event_ids: [],
      });
    }
  }
  return [...byId.values()].sort(
    (a, b) => compare(a.published ?? "", b.published ?? "") || compare(a.document_id, b.document_id),
  );
}

export function countPublishers(sources: IncidentSource[]): number {
  const byId = new Map(sources.map((s) => [s.document_id, s]));
  const keys = new Set(sources.map((s) => publisherKey(s.duplicate_of ? (byId.get(s.duplicate_of) ?? s) : s)));
  return keys.size;
}

/** A report with no known publisher is its own publisher: it cannot be shown to repeat another. */
function publisherKey(source: IncidentSource): string {
  const name = source.original_publisher ?? source.publisher;
  return name
    ? "pub:" +
        name
          .toLowerCase()
          .replace(/^the\s+/, "")
          .replace(/[^\p{L}\p{N}]+/gu, " ")
          .trim()
    : "doc:" + source.document_id;
}
