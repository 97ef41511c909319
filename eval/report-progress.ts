// Progress of a long eval on stderr: which dataset, how many items done. On a terminal one line is
// rewritten in place; in logs (CI) a line when a dataset starts and ends and at most one every 10 s
// between, so the log stays short.
import type { EvalEntry } from "./run-eval.js";

export type ProgressReport = {
  onStart(dataset: string): void;
  onProgress(dataset: string, done: number, total: number): void;
  onDataset(dataset: string, entry: EvalEntry): void;
};

const LOG_EVERY_MS = 10_000;
const REDRAW_EVERY_MS = 100;

export function reportProgress(stream: NodeJS.WriteStream = process.stderr): ProgressReport {
  let lastLine = 0;
  return {
    // Scorers that do not report items still show which dataset is running.
    onStart(dataset) {
      lastLine = Date.now();
      stream.write(stream.isTTY ? `\reval: ${dataset}…\u001b[K` : `eval: ${dataset}: running…\n`);
    },
    onProgress(dataset, done, total) {
      const now = Date.now();
      if (now - lastLine < (stream.isTTY ? REDRAW_EVERY_MS : LOG_EVERY_MS)) return;
      lastLine = now;
      stream.write(
        stream.isTTY ? `\reval: ${dataset} ${done}/${total}\u001b[K` : `eval: ${dataset}: ${done}/${total}\n`,
      );
    },
    onDataset(dataset, entry) {
      const score = entry.score === null ? `null (${entry.reason ?? "no score"})` : entry.score.toFixed(3);
      stream.write(
        `${stream.isTTY ? "\r\u001b[K" : ""}eval: ${dataset}: n=${entry.n} score=${score} in ${entry.seconds.toFixed(1)}s\n`,
      );
    },
  };
}
