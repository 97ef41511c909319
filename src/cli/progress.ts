// A progress bar on stderr for long ingests (cli-progress); silent when stderr is not a terminal, so
// logs and pipes get only the final summary.
import cliProgress from "cli-progress";
import type { IngestCounts } from "../ingest-documents.js";

export type Progress = { update(counts: IngestCounts): void; stop(): void };

/** `total`: the number of inputs when known before reading them (files named one by one): the bar then
 * shows how far along it is and when it should end. */
export function createProgress(stream: NodeJS.WriteStream = process.stderr, total?: number): Progress {
  if (!stream.isTTY) return { update() {}, stop() {} };
  const counted = "{stored} stored | {duplicates} duplicates | {skipped} skipped | {events} events | {rate} docs/s";
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: total
        ? `ingest {bar} {value}/{total} read | ${counted} | ETA {eta_formatted}`
        : `ingest {value} read | ${counted}`,
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  bar.start(total ?? 0, 0, { stored: 0, duplicates: 0, skipped: 0, events: 0, rate: "0" });
  return {
    update(counts) {
      const rate = (counts.read / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1);
      if (!total) bar.setTotal(counts.read);
      bar.update(counts.read, { ...counts, rate });
    },
    stop: () => bar.stop(),
  };
}
