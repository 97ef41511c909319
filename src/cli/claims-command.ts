import { Command } from "commander";
import { csvCell } from "../export/format-events.js";
import { type Shape, writeShaped } from "../export/write-events.js";
import { CLAIM_COLUMNS, type ClaimRecord } from "../records/claim-record.js";
import { LIST_LIMIT } from "../store/event-filter.js";
import type { ClaimQuery } from "../store/lists-store.js";
import { openStore } from "../store/open-store.js";
import type { Store } from "../store/store.js";
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
        await writeShaped(
          pagesOf(store, { document: options.document, kind: options.kind }),
          CLAIM_SHAPES[options.format],
          process.stdout,
        );
      } finally {
        await store.close();
      }
    });
}

/** Every matching claim, a page at a time (the claims table is indexed by document and id), each page read
 * only when the one before is written: memory holds one page however many claims there are. */
export async function* pagesOf(
  store: Pick<Store, "queryClaims">,
  query: Omit<ClaimQuery, "cursor" | "limit">,
): AsyncGenerator<ClaimRecord> {
  for (let cursor: string | undefined, first = true; first || cursor; first = false) {
    const page = await store.queryClaims({ ...query, cursor, limit: LIST_LIMIT.max });
    yield* page.items;
    cursor = page.next_cursor ?? undefined;
  }
}

const CLAIM_SHAPES: Record<ClaimFormat, Shape<ClaimRecord>> = {
  json: { head: "[\n", line: (c) => JSON.stringify(c, null, 2), separator: ",\n", tail: "\n]\n" },
  jsonl: { head: "", line: (c) => JSON.stringify(c), separator: "\n", tail: "\n" },
  csv: {
    head: CLAIM_COLUMNS.join(",") + "\n",
    line: (c) => CLAIM_COLUMNS.map((column) => claimCell(c[column])).join(","),
    separator: "\n",
    tail: "\n",
  },
};

function claimCell(value: unknown): string {
  return csvCell(Array.isArray(value) ? value.join(";") : value === null || value === undefined ? "" : String(value));
}
