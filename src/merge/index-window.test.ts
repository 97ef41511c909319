import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { makeEventRecord } from "../testing/make-event-record.js";
import { indexWindow, listCandidates } from "./index-window.js";
import { toMergeItem } from "./merge-item.js";
import { MERGE_SETTINGS } from "./merge-settings.js";

const dated = (id: number, start: string, end = start) =>
  makeEventRecord("window", id, { event_date: start, date_start: start, date_end: end });
const undated = (id: number) => makeEventRecord("window", id, { event_date: null, date_start: null, date_end: null });
const idsNear = (events: ReturnType<typeof dated>[], of: ReturnType<typeof dated>) =>
  [...listCandidates(indexWindow(events, MERGE_SETTINGS), toMergeItem(of), MERGE_SETTINGS)]
    .map((e) => e.event_id)
    .sort();

describe("merge window index", () => {
  const window = [
    dated(1, "2024-03-01"),
    dated(2, "2024-03-04"), // the widest tolerance (3 days) away
    dated(3, "2024-03-05"), // a day past it
    dated(4, "2024-02-01", "2024-02-29"), // a month-long interval ending two days before
    dated(5, "2024-02-01", "2024-02-10"),
    undated(6),
  ];

  it("gives a dated event the events within the widest tolerance of its dates, and the undated ones", () => {
    assert.deepEqual(idsNear(window, dated(9, "2024-03-01")), ["window-1", "window-2", "window-4", "window-6"]);
  });

  it("skips only pairs the date rule rejects: every skipped event is more than the tolerance away", () => {
    const near = new Set(idsNear(window, dated(9, "2024-03-01")));
    for (const skipped of window.filter((e) => !near.has(e.event_id)))
      assert.ok(skipped.date_end! < "2024-02-27" || skipped.date_start! > "2024-03-04", skipped.event_id);
  });

  it("gives an undated event every event of the window", () => {
    assert.equal(idsNear(window, undated(9)).length, window.length);
  });
});
