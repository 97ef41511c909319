// A country right before a noun for armed men or a crowd says whose they are, not that the state acted
// (assign-actors.ts, isGroupModifier). Invented reports.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processDoc, showEvents } from "../../testing/process-doc.js";

const run = (text: string) => processDoc(text, "2024-03-03");

describe("events: 'Haiti gangs', 'Mali jihadists' are no state forces", () => {
  it("a headline's 'Haiti gangs attack' and the body's armed gangs: an armed group of Haiti, no military", () => {
    const doc = run(
      [
        "Haiti gangs attack police stations in the capital",
        "Armed gangs attacked two police stations in Port-au-Prince overnight, killing four officers, police said.",
      ].join("\n\n"),
    );
    const names = doc.events.map((e) => e.actor1?.value.name);
    assert.ok(names.includes("Unidentified Armed Group (Haiti)"), showEvents(doc));
    assert.ok(!names.some((n) => n?.startsWith("Military Forces")), showEvents(doc));
  });

  it("negative: a country before its army still names the army's state", () => {
    const doc = run(
      "Mali army kills 12 jihadists near Gao\n\nMalian soldiers killed 12 jihadists near Gao on Saturday.",
    );
    assert.ok(
      doc.events.some((e) => e.actor1?.value.name === "Military Forces of Mali"),
      showEvents(doc),
    );
  });
});
