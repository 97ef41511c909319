// Claims and event relations in the store: written in the document's transaction, read back as records.
import type { Kysely, Transaction } from "kysely";
import type { Doc } from "../doc.js";
import { type ClaimRecord, toClaimRecords } from "../records/claim-record.js";
import type { EventRecord } from "../records/event-record.js";
import { insertRows } from "./compiled-queries.js";
import type { Database } from "./schema.js";

export type RelationRow = {
  from_id: string;
  to_id: string;
  relation: "in_response_to" | "attributes" | "counts";
  document_id: string;
};

export async function saveClaimsAndRelations(
  trx: Transaction<Database>,
  doc: Doc,
  events: EventRecord[],
): Promise<void> {
  const claims = toClaimRecords(doc);
  await insertRows(
    trx,
    "claims",
    claims.map((claim) => ({
      claim_id: claim.claim_id,
      document_id: doc.id,
      kind: claim.kind,
      record: JSON.stringify(claim),
    })),
  );
  await insertRows(trx, "event_relations", relationRows(doc.id, events, claims), { ignoreConflicts: true });
}

export function relationRows(documentId: string, events: EventRecord[], claims: ClaimRecord[]): RelationRow[] {
  const rows: RelationRow[] = [];
  for (const event of events) {
    for (const to of [...(event.in_response_to ?? []), ...(event.in_response_to_claims ?? [])])
      rows.push({ from_id: event.event_id, to_id: to, relation: "in_response_to", document_id: documentId });
  }
  for (const claim of claims) {
    for (const to of claim.event_ids)
      rows.push({
        from_id: claim.claim_id,
        to_id: to,
        relation: claim.kind === "attribution" ? "attributes" : "counts",
        document_id: documentId,
      });
  }
  return rows;
}

export async function listClaims(db: Kysely<Database>, filter: { documentId?: string } = {}): Promise<ClaimRecord[]> {
  let query = db.selectFrom("claims").select("record").orderBy("document_id").orderBy("claim_id");
  if (filter.documentId) query = query.where("document_id", "=", filter.documentId);
  return (await query.execute()).map((r) => JSON.parse(r.record) as ClaimRecord);
}

export async function listRelations(db: Kysely<Database>): Promise<RelationRow[]> {
  return (await db.selectFrom("event_relations").selectAll().execute()) as RelationRow[];
}

/** The relations of the component holding `ids` (followed both ways until nothing new): all a chain needs. */
export async function listRelationsAround(db: Kysely<Database>, ids: string[]): Promise<RelationRow[]> {
  const seen = new Set(ids);
  const found = new Map<string, RelationRow>();
  for (let frontier = ids; frontier.length > 0; ) {
    const rows = (await db
      .selectFrom("event_relations")
      .selectAll()
      .where((eb) => eb.or([eb("from_id", "in", frontier), eb("to_id", "in", frontier)]))
      .execute()) as RelationRow[];
    const next: string[] = [];
    for (const row of rows) {
      found.set(`${row.from_id}\n${row.to_id}\n${row.relation}`, row);
      for (const id of [row.from_id, row.to_id]) if (!seen.has(id)) seen.add(id), next.push(id);
    }
    frontier = next;
  }
  return [...found.values()];
}
