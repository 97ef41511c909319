// sitrep's command line: each command calls the pipeline and the store, nothing else.
import { Command, CommanderError } from "commander";
import { SitrepError } from "../errors.js";
import { claimsCommand } from "./claims-command.js";
import { documentsCommand, showCommand } from "./documents-command.js";
import { evalCommand } from "./eval-command.js";
import { eventsCommand, exportCommand } from "./events-command.js";
import { incidentsCommand } from "./incidents-command.js";
import { ingestCommand } from "./ingest-command.js";
import { reprocessCommand } from "./reprocess-command.js";
import { reviewCommand } from "./review-command.js";
import { serveCommand } from "./serve-command.js";
import { watchCommand } from "./watch-command.js";

export function buildProgram(): Command {
  const program = new Command("sitrep")
    .description("sitrep: sourced conflict-event records from news reports, every field traced to its words")
    .version("0.1.0")
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride();
  for (const command of [ingestCommand(), eventsCommand(), exportCommand(), reviewCommand(), incidentsCommand(), claimsCommand(), documentsCommand(), showCommand(), reprocessCommand(), serveCommand(), watchCommand(), evalCommand()]) {
    program.addCommand(command.exitOverride().showHelpAfterError("(run with --help for usage)"));
  }
  return program;
}

export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode === 0 ? 0 : 2; // commander printed the message already
      return;
    }
    const message = error instanceof SitrepError ? `sitrep: ${error.message}` : `sitrep: unexpected error: ${(error as Error).stack ?? error}`;
    process.stderr.write(message + "\n");
    process.exitCode = error instanceof SitrepError && error.code === "bad-usage" ? 2 : 1;
  }
}
