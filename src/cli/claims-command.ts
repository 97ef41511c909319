import { Command } from "commander";
import { csvCell } from "../export/format-events.js";
import { CLAIM_COLUMNS, type ClaimRecord } from "../records/claim-record.js";
import { LIST_LIMIT } from "../store/event-filter.js";
import type { ClaimQuery } from "../store/lists-store.js";
import { openStore } from "../store/open-store.js";
import { parseChoice } from "./options.js";

const FORMATS = ["json", "jsonl", "csv"] as const;
type ClaimFormat = (typeof FORMATS)[number];

export function claimsCommand(): Command {
  return new Command("claims")
    .description(
      'print the stored claims: tallies ("at least eight drone attacks since April 14") and attributions, with who claims them',
    )
    .option("--db <path>", "SQLite database file or postgres:// URL (default: $SITREP_DB or ./sitrep.db)")
    .option("--format <format>", `output format: ${FORMATS.join(", ")}`, parseChoice(FORMATS), "json" as ClaimFormat)
    .option("--document <id>", "only claims made in this document")
    .option(
      "--kind <kind>",
      "only tallies, attributions or fatalities claims",
      parseChoice(["tally", "attribution", "fatalities"] as const),
    )
    .addHelpText(
      "after",
      `
A claim is what someone says about events, kept apart from the events themselves: kind (tally or
attribution), claimant, event_type, count_low/best/high, period_start/end, actor, target, place,
event_ids (the events it attributes, or for a tally the events of the report it plausibly counts),
evidence {field: [{document_id, start, end, text}]}. Competing claims are separate rows, never averaged.`,
    )
    .action(async (options: { db?: string; format: ClaimFormat; document?: string; kind?: ClaimQuery["kind"] }) => {
      const store = await openStore(options.db);
      try {
        const claims: ClaimRecord[] = [];
        // Read a page at a time (the claims table is indexed by document and id), not in one query.
        for (let cursor: string | undefined, first = true; first || cursor; first = false) {
          const page = await store.queryClaims({
            document: options.document,
            kind: options.kind,
            cursor,
            limit: LIST_LIMIT.max,
          });
          claims.push(...page.items);
          cursor = page.next_cursor ?? undefined;
        }
        process.stdout.write(formatClaims(claims, options.format));
      } finally {
        await store.close();
      }
    });
}

export function formatClaims(claims: ClaimRecord[], format: ClaimFormat): string {
  if (format === "json") return JSON.stringify(claims, null, 2) + "\n";
  if (format === "jsonl") return claims.map((c) => JSON.stringify(c) + "\n").join("");
  const rows = claims.map((c) => CLAIM_COLUMNS.map((column) => claimCell(c[column])).join(","));
  return [CLAIM_COLUMNS.join(","), ...rows].join("\n") + "\n";
}

function claimCell(value: unknown): string {
  return csvCell(Array.isArray(value) ? value.join(";") : value === null || value === undefined ? "" : String(value));
}
