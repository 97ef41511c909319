// Loaded into each `sitrep worker` of the workers bench (`node --import`): counts the SQL statements the process
// sends to PostgreSQL and the milliseconds it waits for their answers, by the statement's first words, and writes
// the totals so far as one JSON line to $SITREP_BENCH_QUERIES.<pid> whenever it gets SIGUSR2, so the bench can tell
// statements per document and which ones cost the time (PostgreSQL 15 here has no pg_stat_statements loaded, and
// loading it means restarting a shared server).
import { appendFileSync } from "node:fs";
import pg from "pg";

/** statement -> [count, milliseconds waited] */
const sent = new Map();
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function timedQuery(config, ...rest) {
  const text = typeof config === "string" ? config : config?.text;
  if (typeof text !== "string") return query.call(this, config, ...rest);
  const key = text.replace(/\s+/g, " ").trim().slice(0, 90);
  const start = performance.now();
  const done = () => {
    const total = sent.get(key) ?? [0, 0];
    sent.set(key, [total[0] + 1, total[1] + performance.now() - start]);
  };
  const callback = rest.at(-1);
  if (typeof callback === "function") {
    rest[rest.length - 1] = (...args) => {
      done();
      return callback(...args);
    };
    return query.call(this, config, ...rest);
  }
  const result = query.call(this, config, ...rest);
  if (result && typeof result.then === "function") result.then(done, done);
  return result;
};

const file = process.env.SITREP_BENCH_QUERIES;
if (file)
  process.on("SIGUSR2", () =>
    appendFileSync(`${file}.${process.pid}`, `${JSON.stringify(Object.fromEntries(sent))}\n`),
  );
