// Progress of a long eval on stderr: which dataset, how many items done. On a terminal one line is
// rewritten in place; in logs (CI) a line per dataset start and end, so the log stays short.
import type { EvalEntry } from "./run-eval.js";

export type ProgressReport = { onProgress(dataset: string, done: number, total: number): void; onDataset(dataset: string, entry: EvalEntry): void };

export function reportProgress(stream: NodeJS.WriteStream = process.stderr): ProgressReport {
  let current = "";
  let lastDraw = 0;
  return {
    onProgress(dataset, done, total) {
      if (dataset !== current) {
        current = dataset;
        if (!stream.isTTY) stream.write(`eval: ${dataset}: scoring ${total} items…\n`);
      }
      const now = Date.now();
      if (stream.isTTY && (now - lastDraw > 100 || done === total)) {
        lastDraw = now;
        stream.write(`\reval: ${dataset} ${done}/${total}\u001b[K`);
      }
    },
    onDataset(dataset, entry) {
      const score = entry.score === null ? `null (${entry.reason ?? "no score"})` : entry.score.toFixed(3);
      stream.write(`${stream.isTTY ? "\r\u001b[K" : ""}eval: ${dataset}: n=${entry.n} score=${score} in ${entry.seconds.toFixed(1)}s\n`);
    },
  };
}
