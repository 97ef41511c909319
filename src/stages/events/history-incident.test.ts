// An incident a conflict report recalls with a date long before publication is history, not news
// (is-history-incident.ts): an anniversary's massacre, a protest crushed decades ago.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processDoc, showEvents } from "../../testing/process-doc.js";

const run = (text: string) => processDoc(text, "2024-08-13");
const TODAY = "Riot police fired tear gas at protesters outside parliament in Yerevan on Monday, witnesses said.";

describe("events: a recalled incident long before the report is no record", () => {
  it("a fronted 'In March 1988, troops killed 19 people' recalled beside Monday's protest", () => {
    const doc = run(`${TODAY} In March 1988, troops killed 19 people when they broke up a strike in Yerevan.`);
    assert.ok(
      doc.events.every((e) => (e.date?.value.start ?? "9999") >= "2024"),
      showEvents(doc),
    );
    assert.ok(doc.events.length >= 1, showEvents(doc));
  });

  it("a massacre of July 1998 in an anniversary report makes no record", () => {
    const doc = run(
      `${TODAY} Militia fighters stormed the village of Kitete in July 1998 and killed more than 300 men, according to a later inquiry.`,
    );
    assert.ok(!doc.events.some((e) => e.date?.value.start.startsWith("1998")), showEvents(doc));
  });

  it("'last year's attack ... killed 30' is dated with the year, at month-or-longer precision, not a day", () => {
    const doc = run(`${TODAY} Last year's attack on the market in Vanadzor killed 30 people.`);
    const recalled = doc.events.filter((e) => e.date?.value.start.startsWith("2023"));
    assert.ok(
      recalled.every((e) => e.date?.value.end === "2023-12-31" && e.date.value.precision === 3),
      showEvents(doc),
    );
  });

  it("an incident of last month is still news: 'in July, gunmen attacked a bus'", () => {
    const doc = run(`${TODAY} In July, gunmen attacked a bus near Gyumri, killing three passengers.`);
    assert.ok(
      doc.events.some((e) => e.date?.value.start.startsWith("2024-07")),
      showEvents(doc),
    );
  });
});

describe("events: an incident of a whole earlier year is no record", () => {
  it('"in 2023" in a 2024 report, under two years ago, is still the report\'s history', () => {
    const doc = run(`${TODAY} Rebels killed 12 farmers near Gyumri in 2023.`);
    assert.ok(!doc.events.some((e) => e.date?.value.start.startsWith("2023")), showEvents(doc));
    assert.ok(doc.events.length >= 1, showEvents(doc));
  });

  it('"in December 2023" in an August 2024 report names a month, left to the history window', () => {
    const doc = run(`${TODAY} In December 2023, rebels killed 12 farmers near Gyumri.`);
    assert.ok(
      doc.events.some((e) => e.date?.value.start.startsWith("2023-12")),
      showEvents(doc),
    );
  });
});
