// `sitrep eval`: runs the real pipeline over the gold datasets and scores it (eval/). Nothing is written
// to the user's store: scorers call processText / the stage functions directly.
// The eval modules are imported when the command runs, so other commands neither pay for loading every
// scorer nor break while one of them is being rewritten.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { Command, InvalidArgumentError } from "commander";
import { SitrepError } from "../errors.js";
import { applySettingOverrides } from "../settings.js";

export function evalCommand(): Command {
  return new Command("eval")
    .description("score extraction quality against the gold datasets (../shared/eval by default)")
    .option(
      "--data <dir>",
      "data directory laid out like ../shared/eval (one folder per dataset; default SITREP_EVAL_DATA, then ../shared/eval)",
    )
    .option("--only <names>", "comma-separated dataset folder names", parseNames)
    .option("--json", "print one JSON object {dataset: {n, score, ...}} instead of the table")
    .option("--limit <n>", "score at most N items of each dataset", parseLimit)
    .option(
      "--half <half>",
      "score only the tune or the check half of every dataset (study errors on tune only)",
      parseHalf,
    )
    .option(
      "--parser <name>",
      "the parser the ud-ewt scorer reads: perceptron (shipped, default) or biaffine (models/README.md)",
      parseParser,
    )
    .option(
      "--set <stage.key=value>",
      "vary one stage setting for this run (repeatable; keys in src/stages/*/settings.ts, shared.* in src/shared-settings.ts)",
      collect,
      [],
    )
    .addHelpText(
      "after",
      `
Datasets (folder names): article-extraction, case2021-event-types, plover-gsr, tempeval3, geoparsing,
conll2003, polnear, ecbplus, wikievents, rams, event-records. How each is scored: docs/EVAL.md.
Every dataset's items are split by a fixed hash of their id into tune (2/3) and check (1/3); both scores
are printed. A dataset whose folder is missing is reported as skipped; a null score carries its reason;
the command exits 1 when no dataset ran (naming the folder it looked in). Progress goes to stderr. The CI gate (npm run eval:gate)
compares headline, tune and check scores and item counts with the pins in eval/baseline.json.`,
    )
    .action(
      async (options: {
        data?: string;
        only?: string[];
        json?: boolean;
        limit?: number;
        half?: "tune" | "check";
        parser?: "perceptron" | "biaffine";
        set: string[];
      }) => {
        const [
          { DATASETS },
          { formatTable },
          { reportProgress },
          { defaultDataDir, foldersOf, runEval, selectDatasets },
        ] = await Promise.all([
          import("../../eval/datasets.js"),
          import("../../eval/format-table.js"),
          import("../../eval/report-progress.js"),
          import("../../eval/run-eval.js"),
        ]);
        const chosen = selectDatasets(DATASETS, options.only); // unknown names are a usage error before anything runs
        const settings = options.set.length > 0 ? applySettingOverrides(options.set) : undefined; // so are unknown settings
        const dataDir = options.data ?? process.env.SITREP_EVAL_DATA ?? defaultDataDir();
        assertSomeDatasetPresent(
          dataDir,
          chosen.flatMap((d) => foldersOf(d)),
        );
        const results = await runEval({
          dataDir,
          only: options.only,
          limit: options.limit,
          half: options.half,
          parser: options.parser,
          settings,
          ...reportProgress(),
        });
        process.stdout.write(options.json ? JSON.stringify(results, null, 2) + "\n" : formatTable(results));
        if (Object.values(results).some((r) => r.error)) process.exitCode = 1;
        // Nothing measured is a failure, not an empty success: CI without ../shared must not look green.
        if (Object.values(results).every((r) => r.skipped)) {
          process.stderr.write(`sitrep eval: no dataset ran (no dataset folder under ${dataDir})\n`);
          process.exitCode = 1;
        }
      },
    );
}

// A run that scores nothing must not pass for a run that scored (CI, a fresh clone without ../shared):
// it fails before loading any data, saying where it looked.
function assertSomeDatasetPresent(dataDir: string, folders: string[]): void {
  if (folders.some((folder) => existsSync(join(dataDir, folder)))) return;
  const where = existsSync(dataDir) ? `${dataDir} holds none of their folders` : `${dataDir} does not exist`;
  throw new SitrepError(
    "not-found",
    `eval found no dataset to run: ${where} (give --data DIR or SITREP_EVAL_DATA; the gold data is ../shared/eval)`,
  );
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function parseNames(value: string): string[] {
  return value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

function parseHalf(value: string): "tune" | "check" {
  if (value !== "tune" && value !== "check") throw new InvalidArgumentError(`"${value}" is not tune or check`);
  return value;
}

function parseParser(value: string): "perceptron" | "biaffine" {
  if (value !== "perceptron" && value !== "biaffine")
    throw new InvalidArgumentError(`"${value}" is not perceptron or biaffine`);
  return value;
}

function parseLimit(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`"${value}" is not a positive whole number`);
  return n;
}
