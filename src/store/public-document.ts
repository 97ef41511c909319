// The documents contract shared by `sitrep documents`, `sitrep show` and the HTTP API: document_id,
// origin, status, reason, title, publisher, published, language, text_length (and the fields added since).
import type { DocumentRow } from "./schema.js";

export function publicDocument(row: DocumentRow) {
  return {
    document_id: row.document_id,
    origin: row.origin,
    status: row.status,
    reason: row.reason,
    stage: row.stage ?? null,
    detail: row.detail,
    duplicate_of: row.duplicate_of ?? null,
    title: row.title,
    authors: row.authors ? (JSON.parse(row.authors) as string[]) : [],
    publisher: row.publisher,
    original_publisher: row.original_publisher,
    published: row.published,
    language: row.language,
    url: row.url,
    canonical_url: row.canonical_url ?? null,
    text_length: row.text_length,
  };
}
