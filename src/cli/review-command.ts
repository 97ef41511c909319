// `sitrep review ID`: confirm, edit (--set field=value) or reject an event or an incident (ids "inc-…"), with
// who and why; the decision and its audit entry are stored, the extraction or the merge is kept (see src/review).
import { userInfo } from "node:os";
import { Command, InvalidArgumentError } from "commander";
import { SitrepError } from "../errors.js";
import type { ReviewInput } from "../review/review-decision.js";
import { REVIEW_FIELD_NAMES, REVIEW_FIELDS, type ReviewFields } from "../review/review-fields.js";
import { openStore } from "../store/open-store.js";
import type { Store } from "../store/store.js";

type ReviewOptions = {
  db?: string;
  confirm?: boolean;
  reject?: boolean;
  set: ReviewFields;
  note?: string;
  reviewer?: string;
  json?: boolean;
};

export function reviewCommand(): Command {
  return new Command("review")
    .description("confirm, edit or reject a stored event or incident, with who and why (kept in its review history)")
    .argument("<id>", "an event_id from `sitrep events`, or an incident_id (inc-…) from `sitrep incidents`")
    .option("--db <path>", "SQLite database file or postgres:// URL (default: $SITREP_DB or ./sitrep.db)")
    .option("--confirm", "the event is right as extracted (earlier edits stay)")
    .option("--reject", "not an event: hidden from lists and exports unless asked for")
    .option(
      "--set <field=value>",
      "correct a field (repeatable); lists take a;b, empty or null clears",
      collectField,
      {},
    )
    .option("--note <text>", "why")
    .option("--reviewer <name>", "who (default: your user name)")
    .option("--json", "print the event, its extraction and history as JSON")
    .addHelpText(
      "after",
      `\nFields: ${REVIEW_FIELD_NAMES.join(", ")}.\nExample: sitrep review abc123-1 --set fatalities_best=5 --set location=Kirkuk --note "ministry's later toll"`,
    )
    .action(async (id: string, options: ReviewOptions) => {
      const input = reviewInputOf(options);
      const store = await openStore(options.db);
      try {
        if (id.startsWith(INCIDENT_PREFIX)) await reviewIncident(store, id, input, options.json);
        else await reviewEvent(store, id, input, options.json);
      } finally {
        await store.close();
      }
    });
}

/** merge/build-incident.ts names every incident so; event ids never start with it. */
const INCIDENT_PREFIX = "inc-";

async function reviewIncident(store: Store, incidentId: string, input: ReviewInput, json?: boolean): Promise<void> {
  if (!(await store.reviewIncident(incidentId, input)))
    throw new SitrepError("not-found", `no incident ${incidentId} in the store (list them with: sitrep incidents)`);
  const incident = (await store.getIncident(incidentId))!;
  const { review_history: history = [] } = incident;
  if (json) process.stdout.write(`${JSON.stringify(incident, null, 2)}\n`);
  else
    process.stdout.write(
      `${incidentId}: ${incident.review?.status} by ${input.reviewer} (${history.length} review(s) in its history)\n`,
    );
}

async function reviewEvent(store: Store, eventId: string, input: ReviewInput, json?: boolean): Promise<void> {
  if (!(await store.reviewEvent(eventId, input)))
    throw new SitrepError("not-found", `no event ${eventId} in the store (list them with: sitrep events)`);
  const detail = (await store.getEventDetail(eventId))!;
  if (json)
    process.stdout.write(
      JSON.stringify({ event: detail.event, extracted: detail.extracted, history: detail.history }, null, 2) + "\n",
    );
  else
    process.stdout.write(
      `${eventId}: ${detail.event.review?.status} by ${input.reviewer} (${detail.history.length} review(s) in its history)\n`,
    );
}

function reviewInputOf(options: ReviewOptions): ReviewInput {
  const edits = Object.keys(options.set).length > 0;
  const chosen = [options.confirm, options.reject, edits].filter(Boolean).length;
  if (chosen !== 1) throw new SitrepError("bad-usage", "give exactly one of --confirm, --reject or --set field=value");
  const action = options.confirm ? "confirm" : options.reject ? "reject" : "edit";
  return {
    action,
    fields: edits ? options.set : undefined,
    note: options.note ?? null,
    reviewer: options.reviewer ?? userInfo().username,
  };
}

/** field=value, read as the field's type: JSON first (numbers, true, null), then text, then a;b as a list. */
function collectField(pair: string, previous: ReviewFields): ReviewFields {
  const at = pair.indexOf("=");
  if (at < 1) throw new InvalidArgumentError(`"${pair}" is not field=value`);
  const field = pair.slice(0, at).trim();
  const value = pair.slice(at + 1);
  if (!(REVIEW_FIELD_NAMES as string[]).includes(field))
    throw new InvalidArgumentError(`"${field}" cannot be reviewed: use one of ${REVIEW_FIELD_NAMES.join(", ")}`);
  const candidates: unknown[] = [
    value.trim() === "" ? null : parseJson(value),
    value,
    value
      .split(";")
      .map((v) => v.trim())
      .filter(Boolean),
  ];
  for (const candidate of candidates.filter((c) => c !== undefined)) {
    const parsed = REVIEW_FIELDS.safeParse({ [field]: candidate });
    if (parsed.success) return { ...previous, ...parsed.data };
  }
  const issue = REVIEW_FIELDS.safeParse({ [field]: value }).error?.issues[0]?.message ?? "invalid";
  throw new InvalidArgumentError(`${field}: "${value}" is not valid (${issue})`);
}

function parseJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}
