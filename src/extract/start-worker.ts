// A worker thread from a module beside the caller. From dist/ the module is plain .js. Under tsx (tests,
// `npm run fuzz`, the benches) it is .ts, and Node 20 does not apply the parent's `--import tsx` hooks to a
// worker's entry file, so the worker registers tsx itself before importing it.
import { Worker, type WorkerOptions } from "node:worker_threads";

export function startWorker(entry: URL, options: WorkerOptions): Worker {
  if (!entry.pathname.endsWith(".ts")) return new Worker(entry, options);
  const tsx = import.meta.resolve("tsx/esm/api");
  const boot = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(boot, { ...options, eval: true });
}
