// sitrep's command line: each command calls the pipeline and the store, nothing else.
import { Command, CommanderError } from "commander";
import { SitrepError } from "../errors.js";

/** Every command, loaded only when it runs: `sitrep --help` and a command's own run never load the others (their
 * stages, lexicons and database drivers cost a second of startup). The summary is what the top-level help lists;
 * main.test.ts checks it is the loaded command's description. */
export const COMMANDS: { name: string; summary: string; load: () => Promise<Command> }[] = [
  {
    name: "ingest",
    summary:
      "read reports (files, directories, globs, URLs, feeds, WARC archives, .jsonl, - for stdin), extract events and store them",
    load: async () => (await import("./ingest-command.js")).ingestCommand(),
  },
  {
    name: "events",
    summary: "print the stored events (ACLED column names, with evidence spans), filtered and sorted",
    load: async () => (await import("./events-command.js")).eventsCommand(),
  },
  {
    name: "export",
    summary: "export stored events for QGIS, R or pandas: ACLED's CSV layout by default",
    load: async () => (await import("./events-command.js")).exportCommand(),
  },
  {
    name: "review",
    summary: "confirm, edit or reject a stored event or incident, with who and why (kept in its review history)",
    load: async () => (await import("./review-command.js")).reviewCommand(),
  },
  {
    name: "incidents",
    summary: "print the incidents: the events of every report about one real-world event, merged, with all sources",
    load: async () => (await import("./incidents-command.js")).incidentsCommand(),
  },
  {
    name: "claims",
    summary:
      'print the stored claims: tallies ("at least eight drone attacks since April 14") and attributions, with who claims them',
    load: async () => (await import("./claims-command.js")).claimsCommand(),
  },
  {
    name: "documents",
    summary: "list stored documents, including skipped inputs and why they were skipped",
    load: async () => (await import("./documents-command.js")).documentsCommand(),
  },
  {
    name: "show",
    summary: "print one stored document with its text and every annotation layer (spans with their text)",
    load: async () => (await import("./documents-command.js")).showCommand(),
  },
  {
    name: "reprocess",
    summary: "re-run the current pipeline on stored documents, replacing their events (documents keep their ids)",
    load: async () => (await import("./reprocess-command.js")).reprocessCommand(),
  },
  {
    name: "serve",
    summary: "serve the web page and the HTTP API (OpenAPI at /openapi.json)",
    load: async () => (await import("./serve-command.js")).serveCommand(),
  },
  {
    name: "watch",
    summary: "poll feeds, URLs and directories, ingest new reports, notify new and changed incidents (JSONL, webhook)",
    load: async () => (await import("./watch-command.js")).watchCommand(),
  },
  {
    name: "worker",
    summary:
      "run queued ingest, reprocess and merge jobs (sitrep ingest/reprocess --queue) from the PostgreSQL store's job queue",
    load: async () => (await import("./worker-command.js")).workerCommand(),
  },
  {
    name: "eval",
    summary: "score extraction quality against the gold datasets (../shared/eval by default)",
    load: async () => (await import("./eval-command.js")).evalCommand(),
  },
];

/** The program with the command argv names loaded in full and the rest as their name and summary. */
export async function buildProgram(argv: string[] = []): Promise<Command> {
  const program = new Command("sitrep")
    .description("sitrep: sourced conflict-event records from news reports, every field traced to its words")
    .version("0.1.0")
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride();
  const words = argv.slice(2).filter((arg) => !arg.startsWith("-"));
  const named = words[0] === "help" ? words[1] : words[0];
  for (const { name, summary, load } of COMMANDS) {
    const command =
      name === named
        ? await load()
        : new Command(name).description(summary).allowUnknownOption().allowExcessArguments();
    program.addCommand(command.exitOverride().showHelpAfterError("(run with --help for usage)"));
  }
  return program;
}

export async function main(argv: string[]): Promise<void> {
  process.stdout.on("error", stopWhenReaderLeft);
  try {
    await (await buildProgram(argv)).parseAsync(argv);
  } catch (error) {
    if (isClosedPipe(error)) return;
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode === 0 ? 0 : 2; // commander printed the message already
      return;
    }
    const message =
      error instanceof SitrepError
        ? `sitrep: ${error.message}`
        : `sitrep: unexpected error: ${(error as Error).stack ?? error}`;
    process.stderr.write(message + "\n");
    process.exitCode = error instanceof SitrepError && error.code === "bad-usage" ? 2 : 1;
  }
}

/** `sitrep events | head`: the reader closed the pipe, so the rest of the output has nowhere to go. */
function isClosedPipe(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === "EPIPE";
}

/** Stops quietly, as Unix tools do, when stdout's reader left; any other stream error stays an error. */
function stopWhenReaderLeft(error: Error): void {
  if (!isClosedPipe(error)) throw error;
  process.exit(process.exitCode ?? 0);
}
