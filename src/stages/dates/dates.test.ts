import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createDoc } from "../../doc.js";
import { needsSeedArticle, readInventedReport, readSeedArticle } from "../../testing/fixtures.js";
import { createDateFinder, createDatesStage } from "./index.js";
import { loadDateQuantities } from "./quantities.js";
import { DATES_SETTINGS } from "./settings.js";

const PUBLISHED = "2021-06-28"; // a Monday
const QUANTITIES = loadDateQuantities();
const findDates = createDateFinder(QUANTITIES);

function datesIn(text: string, published: string | null = PUBLISHED) {
  return findDates(text, published ?? undefined).map(
    (s): Record<string, any> => ({ text: text.slice(s.start, s.end), ...s.data }),
  );
}

describe("dates", () => {
  it('"6 p.m. Eastern time Sunday" in a Monday article is the day before, 22:00 UTC', () => {
    const [date] = datesIn(
      "the action, which occurred around 6 p.m. Eastern time Sunday, or early Monday in the area.",
    );
    assert.equal(date.text, "6 p.m. Eastern time Sunday");
    assert.equal(date.start, "2021-06-27");
    assert.equal(date.instant, "2021-06-27T22:00:00.000Z");
    assert.equal(date.precision, 1);
    assert.equal(date.stated, false, "the day comes from the publication date");
  });

  it('"In February" is a month: precision 3, the whole month', () => {
    const [date] = datesIn("In February, he ordered F-15E airstrikes");
    assert.equal(date.text, "February");
    assert.deepEqual([date.start, date.end, date.precision], ["2021-02-01", "2021-02-28", 3]);
  });

  it('"in March 2020" keeps its stated year', () => {
    const [date] = datesIn("carried out airstrikes on militia rocket storage and testing facilities in March 2020.");
    assert.deepEqual([date.text, date.start, date.end], ["March 2020", "2020-03-01", "2020-03-31"]);
  });

  it("a bare year after a preposition is a year-long date", () => {
    const [date] = datesIn("the Islamic State force that has captured Mosul and other cities in 2014");
    assert.deepEqual([date.text, date.start, date.end, date.precision], ["2014", "2014-01-01", "2014-12-31", 3]);
  });

  it("never resolves into the future of the publication date", () => {
    for (const d of findDates(readInventedReport(), PUBLISHED).filter((s) => s.label === "DATE")) {
      assert.ok(String(d.data!.start) <= PUBLISHED && String(d.data!.end) <= PUBLISHED, JSON.stringify(d));
    }
    const [tuesday] = datesIn("Gunmen attacked the convoy on Tuesday.");
    assert.equal(tuesday.start, "2021-06-22");
  });

  it("the seed article's dates carry their TIMEX3 values", needsSeedArticle(), () => {
    const text = readSeedArticle();
    const byText = new Map(findDates(text, PUBLISHED).map((s) => [text.slice(s.start, s.end), s]));
    const expect = (words: string, timex: string, label = "DATE") => {
      const span = byText.get(words);
      assert.ok(span, `no span "${words}"`);
      assert.deepEqual([span.label, span.data!.timex], [label, timex], words);
    };
    expect("6 p.m. Eastern time Sunday", "2021-06-27T18:00");
    expect("early Monday", "2021-06-28");
    expect("February", "2021-02");
    expect("June 9", "2021-06-09");
    expect("March 2020", "2020-03");
    expect("this month", "2021-06");
    expect("recent months", "PAST_REF");
    assert.ok(!byText.has("former"), '"a former US military official" names a role, not a time');
  });

  it('"6 p.m. Eastern time Sunday, or early Monday in the area": one instant, its local day linked from the second span', () => {
    const text =
      "There were no immediate reports of casualties from the action, which occurred around 6 p.m. Eastern time Sunday, or early Monday in the area.";
    const [utc, local] = datesIn(text);
    assert.deepEqual([utc.instant, utc.localDay], ["2021-06-27T22:00:00.000Z", "2021-06-28"]);
    assert.equal(text.slice(utc.localDayFrom.start, utc.localDayFrom.end), "early Monday");
    assert.equal(local.localDay, undefined);
  });

  it("no local day without the 'or ... in the area / local time' frame", () => {
    const [utc] = datesIn(
      "The drones struck around 6 p.m. Eastern time Sunday, and officials met early Monday in Washington.",
    );
    assert.equal(utc.instant, "2021-06-27T22:00:00.000Z");
    assert.equal(utc.localDay, undefined);
  });

  it('"early Monday in the area" is its own span: the local date, inferred', () => {
    const spans = datesIn("around 6 p.m. Eastern time Sunday, or early Monday in the area.");
    assert.deepEqual(
      spans.map((s) => [s.text, s.start, s.stated]),
      [
        ["6 p.m. Eastern time Sunday", "2021-06-27", false],
        ["early Monday", "2021-06-28", false],
      ],
    );
  });

  it('"since April 14" is an open range up to the publication date', () => {
    const [date] = datesIn("Iran-backed militias have carried out drone attacks since April 14.");
    assert.deepEqual(
      [date.text, date.start, date.end, date.open, date.timex],
      ["April 14", "2021-04-14", PUBLISHED, true, "2021-04-14"],
    );
  });

  it('"on the night of Saturday to Sunday" is Saturday\'s night (published Monday 2021-06-28)', () => {
    const [date] = datesIn("Gunmen raided a police post on the night of Saturday to Sunday, killing two officers.");
    assert.deepEqual(
      [date.text, date.timex, date.start, date.precision],
      ["night of Saturday to Sunday", "2021-06-26TNI", "2021-06-26", 1],
    );
  });

  it('"overnight Friday into Saturday" is Friday\'s night, not the last one', () => {
    const [date] = datesIn("Drones struck the port overnight Friday into Saturday.");
    assert.deepEqual([date.text, date.start], ["overnight Friday into Saturday", "2021-06-25"]);
  });

  it('"the toll from Monday\'s bombing": a possessive day after "from" is that day, no open range', () => {
    const [date] = datesIn("The death toll from Monday's bombing at the market rose to 14.");
    assert.deepEqual(
      [date.text, date.start, date.end, date.precision, date.open],
      ["Monday", "2021-06-28", "2021-06-28", 1, undefined],
    );
  });

  it('"this month\'s airstrike" is June up to the publication date', () => {
    const [date] = datesIn("this month's airstrike on the facilities");
    assert.deepEqual(
      [date.text, date.start, date.end, date.precision, date.stated],
      ["this month", "2021-06-01", PUBLISHED, 3, false],
    );
  });

  it('"In recent months" is PAST_REF with the recent quarter as its range', () => {
    const [date] = datesIn("In recent months, militia groups have attacked U.S. forces.");
    assert.deepEqual(
      [date.text, date.timex, date.start, date.end, date.open],
      ["recent months", "PAST_REF", "2021-03-28", PUBLISHED, true],
    );
  });

  it('"last year", "two weeks ago", "last week" resolve at their own granularity', () => {
    const values = datesIn("Last year the base was hit; two weeks ago a convoy; last week a drone.").map((d) => [
      d.text,
      d.timex,
      d.precision,
    ]);
    assert.deepEqual(values, [
      ["Last year", "2020", 3],
      ["two weeks ago", "2021-W24", 2],
      ["last week", "2021-W25", 2],
    ]);
  });

  it('"the past two weeks" is a DURATION value that still names the two weeks before publication', () => {
    const [date] = datesIn("in the past two weeks");
    assert.deepEqual(
      [date.text, date.timex, date.timexType, date.start, date.end, date.precision],
      ["the past two weeks", "P2W", "DURATION", "2021-06-14", PUBLISHED, 2],
    );
  });

  it("durations, sets and present references never carry the DATE label", () => {
    const spans = findDates(
      "He served three years, more than two weeks, a decade and now meets every week.",
      PUBLISHED,
    );
    const text = "He served three years, more than two weeks, a decade and now meets every week.";
    assert.deepEqual(
      spans.map((s) => [text.slice(s.start, s.end), s.label, s.data!.timex]),
      [
        ["three years", "DURATION", "P3Y"],
        ["more than two weeks", "DURATION", "P2W"],
        ["a decade", "DURATION", "P10Y"],
        ["now", "REFERENCE", "PRESENT_REF"],
        ["every week", "SET", "P1W"],
      ],
    );
  });

  it("quarters, seasons, decades and ages", () => {
    const values = datesIn(
      "Third-quarter profit rose from a year earlier. Fighting in the 1990s; this summer; a 35-year-old man.",
      "1989-10-26",
    ).map((d) => [d.text, d.timex]);
    assert.deepEqual(values, [
      ["Third-quarter", "1989-Q3"],
      ["a year earlier", "1988-Q3"],
      ["the 1990s", "199"],
      ["this summer", "1989-SU"],
      ["35-year-old", "P35Y"],
    ]);
  });

  it("each quarter, season and decade form is found in a text that holds no other", () => {
    // One text per form, so a parser that skipped a text without some other form's word would miss it.
    const texts = [
      ["Profit fell in fiscal 1988.", "1988"],
      ["Sales rose in the latest quarter.", "1989-Q3"],
      ["Sales rose in the first half.", "1989-H1"],
      ["Prices rose in the 1987 period.", "1987"],
      ["Fighting resumed in the winter of 1985.", "1985-WI"],
      ["Fighting resumed in the '80s.", "198"],
      ["Fighting resumed in the eighties.", "198"],
      ["Fighting resumed in the 20th century.", "19"],
    ];
    for (const [text, timex] of texts)
      assert.deepEqual(
        datesIn(text, "1989-10-26").map((d) => d.timex),
        [timex],
        text,
      );
  });

  it("a date in a future-tense clause may follow the publication date", () => {
    const [date] = datesIn("The council will meet on July 15 to vote.");
    assert.equal(date.start, "2021-07-15");
    const [past] = datesIn("The council met on July 15 to vote.");
    assert.equal(past.start, "2020-07-15");
  });

  it("a day something is called for is still to come; a day it was called on is past", () => {
    const [called] = datesIn("The union has called for a general strike on Thursday.", "2024-06-26");
    assert.equal(called.start, "2024-06-27");
    const [held] = datesIn("The union held a general strike on Thursday.", "2024-06-26");
    assert.equal(held.start, "2024-06-20");
  });

  it('"Saturday, April 25" takes the year in which April 25 is a Saturday', () => {
    const [date] = datesIn("The vote is on Saturday, April 25.", "1998-04-24");
    assert.deepEqual([date.start, date.timex], ["1998-04-25", "1998-04-25"]);
  });

  it('"the year-ago period" takes its quarter from the quarter the text is about', () => {
    const values = datesIn("Third-quarter profit rose 5%. Sales in the year-ago period were flat.", "1989-10-26").map(
      (d) => d.timex,
    );
    assert.deepEqual(values, ["1989-Q3", "1988-Q3"]);
  });

  it('"stock of record Nov. 16" in an October report is the coming Nov. 16', () => {
    const [date] = datesIn("dividend due Dec. 1 to stock of record Nov. 16.", "1989-10-30").slice(-1);
    assert.equal(date.timex, "1989-11-16");
  });

  it('"from Aug. 26 to Oct. 20" gives each end its own span and value', () => {
    const values = datesIn("bonds sold from Aug. 26 to Oct. 20 at $41.05", "1989-10-30").map((d) => [d.text, d.timex]);
    assert.deepEqual(values, [
      ["Aug. 26", "1989-08-26"],
      ["Oct. 20", "1989-10-20"],
    ]);
  });

  it("the stage's layer holds only calendar dates, so no event is dated by a duration", () => {
    const text =
      "Three years after the city was retaken, an airstrike killed four militants on Sunday. The militia now denies it.";
    const doc = createDatesStage(QUANTITIES).run(createDoc("t", text, { origin: "test", published: PUBLISHED }));
    const layer = doc.layers.dates ?? [];
    assert.deepEqual(
      layer.map((s) => [text.slice(s.start, s.end), s.label, s.data!.timex]),
      [["Sunday", "DATE", "2021-06-27"]],
    );
  });

  it('reads its settings: "recent days" reaches back as far as recentDaysBackDays says', () => {
    const text = "Fighting has intensified in recent days.";
    const [week] = findDates(text, PUBLISHED);
    const [fortnight] = createDateFinder(QUANTITIES, { ...DATES_SETTINGS, recentDaysBackDays: 14 })(text, PUBLISHED);
    assert.deepEqual([week.data?.start, fortnight.data?.start], ["2021-06-21", "2021-06-14"]);
  });

  it("a clock time alone is a TIME anchored to the publication day, not a DATE", () => {
    const text = "The rockets landed at 6:30 p.m. near the base.";
    const [time] = findDates(text, PUBLISHED);
    assert.deepEqual(
      [text.slice(time.start, time.end), time.label, time.data!.timex],
      ["6:30 p.m.", "TIME", "2021-06-28T18:30"],
    );
  });

  it('plural weekdays recur and parts of a day keep their day: "Tuesday nights", "mid-afternoon yesterday"', () => {
    const values = datesIn("Flights leave on Tuesday nights; the blast came mid-afternoon yesterday.").map((d) => [
      d.text,
      d.timex,
      d.timexType,
    ]);
    assert.deepEqual(values, [
      ["Tuesday nights", "XXXX-WXX-2TNI", "SET"],
      ["mid-afternoon yesterday", "2021-06-27TAF", "TIME"],
    ]);
  });

  it('a part of a day with no day word is marked dayless: "in the late evening", not "Sunday evening"', () => {
    const spans = findDates("Shots rang out in the late evening, as on Sunday evening.", PUBLISHED);
    const marks = spans.map((d) => [d.data!.timex, d.data!.dayless ?? false]);
    assert.deepEqual(marks, [
      ["2021-06-28TEV", true],
      ["2021-06-27TEV", false],
    ]);
  });

  it('the seed\'s "from a weekend at Camp David" is the weekend before publication, week precision, not a range to today', () => {
    const [weekend] = datesIn(
      "Mr Biden, after returning Sunday night to the White House from a weekend at Camp David, did not respond.",
    ).filter((d) => /weekend/.test(d.text));
    assert.deepEqual(
      [weekend.text, weekend.timex, weekend.start, weekend.end, weekend.precision, weekend.open],
      ["a weekend", "2021-W25-WE", "2021-06-26", "2021-06-27", 2, undefined],
    );
  });

  describe("negative cases", () => {
    it('"May" as a verb and "march" as a noun are not months', () => {
      assert.deepEqual(datesIn("Officials said the militia may strike again after the march through Baghdad."), []);
    });
    it("prices and fractions are not times or dates", () => {
      assert.deepEqual(datesIn("Shares closed at 20, up 7/8, and earned $2.50 a share."), []);
    });
    it("a four-digit count is not a year", () => {
      assert.deepEqual(datesIn("Some 1500 troops and 2021 civilians were evacuated."), []);
    });
    it("without a publication date, a weekday resolves to nothing", () => {
      assert.deepEqual(datesIn("The attack took place on Sunday.", null), []);
    });
    it("without a publication date, relative words resolve to nothing, never to 1970; a written year still does", () => {
      const dates = datesIn(readInventedReport(), null);
      assert.ok(
        !dates.some((d) => String(d.start).startsWith("1970")),
        JSON.stringify(dates.map((d) => [d.text, d.start])),
      );
      assert.ok(!dates.some((d) => /day/.test(d.text)), "no weekday resolves");
      assert.ok(dates.some((d) => d.text === "October 2017" && d.start === "2017-10-01"));
      assert.deepEqual(datesIn("Drones struck the base yesterday, again last week and twice this month.", null), []);
    });
    it("a casualty count is not a year", () => {
      assert.deepEqual(datesIn("the attack killed 2020 people"), []);
    });
    it("text without dates gives no spans", () => {
      assert.deepEqual(datesIn("The militia denied any role in the attack."), []);
    });
  });
});
