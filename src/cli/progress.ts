// A progress bar on stderr for long ingests (cli-progress); silent when stderr is not a terminal, so
// logs and pipes get only the final summary.
import cliProgress from "cli-progress";
import type { IngestCounts } from "../ingest-documents.js";

export type Progress = { update(counts: IngestCounts): void; stop(): void };

export function createProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return { update() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: "ingest {value} read | {stored} stored | {duplicates} duplicates | {skipped} skipped | {events} events | {rate} docs/s",
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  bar.start(0, 0, { stored: 0, duplicates: 0, skipped: 0, events: 0, rate: "0" });
  return {
    update(counts) {
      const rate = (counts.read / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1);
      bar.setTotal(counts.read);
      bar.update(counts.read, { ...counts, rate });
    },
    stop: () => bar.stop(),
  };
}
