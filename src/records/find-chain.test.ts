// Response chains over stored relations: both directions, through a tally, and not sideways.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { RelationRow } from "../store/claims-relations.js";
import { makeEventRecord } from "../testing/make-event-record.js";
import { findChain } from "./find-chain.js";

const rel = (from_id: string, to_id: string, relation: RelationRow["relation"]): RelationRow => ({
  from_id,
  to_id,
  relation,
  document_id: "d",
});
const event = (event_id: string, same_incident: string[] = []) => makeEventRecord("d", 1, { event_id, same_incident });

describe("records: findChain", () => {
  const relations = [
    rel("strikes-feb", "rocket-erbil", "in_response_to"),
    rel("strikes-jun-syr", "tally-1", "in_response_to"),
    rel("strikes-jun-irq", "tally-1", "in_response_to"),
    rel("tally-1", "drone-jun9", "counts"),
    rel("claim-2", "rocket-erbil", "attributes"),
    rel("other-answer", "drone-jun9", "in_response_to"),
  ];
  const events = [
    "strikes-feb",
    "rocket-erbil",
    "strikes-jun-syr",
    "strikes-jun-irq",
    "drone-jun9",
    "other-answer",
  ].map((id) =>
    event(id, id === "strikes-jun-syr" ? ["strikes-jun-irq"] : id === "strikes-jun-irq" ? ["strikes-jun-syr"] : []),
  );

  it("follows 'in response to' both ways", () => {
    assert.deepEqual([...findChain("rocket-erbil", relations, events)].sort(), ["rocket-erbil", "strikes-feb"]);
    assert.deepEqual([...findChain("strikes-feb", relations, events)].sort(), ["rocket-erbil", "strikes-feb"]);
  });

  it("goes through a tally to the events it counts, and brings the split parts of an incident", () => {
    assert.deepEqual([...findChain("strikes-jun-syr", relations, events)].sort(), [
      "drone-jun9",
      "strikes-jun-irq",
      "strikes-jun-syr",
    ]);
  });

  it("does not go sideways: two answers to the same event are not each other's chain", () => {
    const chain = findChain("other-answer", relations, events);
    assert.ok(chain.has("drone-jun9"));
    assert.ok(!chain.has("strikes-jun-syr"));
  });

  it("an attribution claim is no response link", () => {
    assert.ok(!findChain("rocket-erbil", relations, events).has("claim-2"));
  });
});
