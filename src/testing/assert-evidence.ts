// The provenance contract every record shares: each evidence ref's text is exactly its slice of the document.
import assert from "node:assert/strict";

type WithEvidence = { evidence: Record<string, { start: number; end: number; text: string }[]> };

/** Asserts every evidence ref of every record against `text`; returns how many were checked. */
export function assertEvidenceIsSlice(records: WithEvidence[], text: string): number {
  let checked = 0;
  for (const record of records) {
    for (const refs of Object.values(record.evidence)) {
      for (const ref of refs) {
        assert.equal(text.slice(ref.start, ref.end), ref.text);
        checked += 1;
      }
    }
  }
  return checked;
}
