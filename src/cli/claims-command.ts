import { Command } from "commander";
import { CLAIM_COLUMNS, type ClaimRecord } from "../records/claim-record.js";
import { openSqliteStore, resolveDbPath } from "../store/sqlite.js";
import { parseChoice } from "./options.js";
import { csvCell } from "../export/format-events.js";

const FORMATS = ["json", "jsonl", "csv"] as const;
type ClaimFormat = (typeof FORMATS)[number];

export function claimsCommand(): Command {
  return new Command("claims")
    .description("print the stored claims: tallies (\"at least eight drone attacks since April 14\") and attributions, with who claims them")
    .option("--db <path>", "SQLite database file (default: $SITREP_DB or ./sitrep.db)")
    .option("--format <format>", `output format: ${FORMATS.join(", ")}`, parseChoice(FORMATS), "json" as ClaimFormat)
    .option("--document <id>", "only claims made in this document")
    .addHelpText(
      "after",
      `
A claim is what someone says about events, kept apart from the events themselves: kind (tally or
attribution), claimant, event_type, count_low/best/high, period_start/end, actor, target, place,
event_ids (the events it attributes, or for a tally the events of the report it plausibly counts),
evidence {field: [{document_id, start, end, text}]}. Competing claims are separate rows, never averaged.`,
    )
    .action(async (options: { db?: string; format: ClaimFormat; document?: string }) => {
      const store = await openSqliteStore(resolveDbPath(options.db));
      try {
        process.stdout.write(formatClaims(await store.listClaims({ documentId: options.document }), options.format));
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
