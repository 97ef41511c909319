// Merging event records of several reports into incidents: one strike told three ways is one incident with
// both death tolls kept; strikes in distant towns on one day stay apart; arrival order changes nothing.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { EventRecord } from "../records/event-record.js";
import { makeEventRecord } from "../testing/make-event-record.js";
import type { SourceDocument } from "./list-sources.js";
import { mergeEvents } from "./merge-events.js";

type Draft = Partial<EventRecord> & { doc: string; published?: string; sentence: string };

function record(d: Draft, index = 1): EventRecord {
  const { doc, published, sentence, ...fields } = d;
  return makeEventRecord(doc, index, {
    event_date: "2026-03-14",
    date_start: "2026-03-14",
    date_end: "2026-03-14",
    event_type: "Explosions/Remote violence",
    sub_event_type: "Air/drone strike",
    actor1: "Military Forces of Israel",
    inter1: 8,
    actor2: "Civilians (Palestine)",
    inter2: 7,
    country: "Palestine",
    iso3: "PSE",
    admin1: "Gaza Strip",
    location: "Khan Younis",
    latitude: 31.34,
    longitude: 34.3,
    fatalities_low: null,
    fatalities_best: null,
    fatalities_high: null,
    fatalities_known: false,
    sources: [{ document_id: doc, origin: `${doc}.txt`, publisher: null, published: published ?? "2026-03-14" }],
    evidence: { event_type: [{ document_id: doc, start: 0, end: 6, text: "strike" }] },
    notes: sentence,
    ...fields,
  });
}

const deaths = (n: number) => ({ fatalities_low: n, fatalities_best: n, fatalities_high: n, fatalities_known: true });

const original = record({
  doc: "harbour-post",
  ...deaths(12),
  sentence: "An air strike hit a UN-run school sheltering families in Khan Younis, killing 12 people.",
});
const rival = record({
  doc: "valley-times",
  published: "2026-03-15",
  ...deaths(17),
  sentence: "Seventeen people died when an Israeli strike destroyed a school in Khan Younis on Saturday.",
});
const documents = new Map<string, SourceDocument>([
  [
    "harbour-post",
    {
      document_id: "harbour-post",
      origin: "harbour-post.txt",
      publisher: "Harbour Post",
      original_publisher: null,
      published: "2026-03-14",
      duplicate_of: null,
    },
  ],
  [
    "valley-times",
    {
      document_id: "valley-times",
      origin: "valley-times.txt",
      publisher: "Valley Times",
      original_publisher: null,
      published: "2026-03-15",
      duplicate_of: null,
    },
  ],
  // The syndicated copy under another masthead is stored as a near-duplicate: no events of its own.
  [
    "coast-daily",
    {
      document_id: "coast-daily",
      origin: "coast-daily.txt",
      publisher: "Coast Daily",
      original_publisher: null,
      published: "2026-03-14",
      duplicate_of: "harbour-post",
    },
  ],
]);

describe("merge: mergeEvents", () => {
  it("three reports of one strike (original, syndicated copy, another toll) are one incident with corroboration 2", () => {
    const incidents = mergeEvents([original, rival], documents);
    assert.equal(incidents.length, 1);
    const [incident] = incidents;
    assert.deepEqual(incident.event_ids, ["harbour-post-1", "valley-times-1"]);
    assert.deepEqual(incident.sources.map((s) => s.document_id).sort(), [
      "coast-daily",
      "harbour-post",
      "valley-times",
    ]);
    assert.equal(incident.corroboration, 2);
    assert.deepEqual([incident.fatalities_low, incident.fatalities_high], [12, 17]);
    const conflict = incident.conflicts.find((c) => c.field === "fatalities");
    assert.deepEqual(
      conflict?.values.map((v) => [v.value, v.document_ids]),
      [
        [12, ["harbour-post"]],
        [17, ["valley-times"]],
      ],
    );
    assert.deepEqual([incident.first_reported, incident.last_updated], ["2026-03-14", "2026-03-15"]);
    assert.deepEqual(
      incident.evidence.event_type.map((e) => e.document_id),
      ["harbour-post", "valley-times"],
    );
  });

  it("a syndicated copy stored with its own events counts under the publisher it names", () => {
    const copy = record({ doc: "coast-daily", ...deaths(12), sentence: original.notes });
    const docs = new Map(documents).set("coast-daily", {
      ...documents.get("coast-daily")!,
      duplicate_of: null,
      original_publisher: "Harbour Post",
    });
    const [incident] = mergeEvents([original, copy, rival], docs);
    assert.equal(incident.event_ids.length, 3);
    assert.equal(incident.corroboration, 2);
  });

  it("best is the most recent figure among equally specific records", () => {
    const [incident] = mergeEvents([original, rival], documents);
    assert.equal(incident.fatalities_best, 17);
    const vague = { ...rival, time_precision: 2 as const };
    assert.equal(mergeEvents([original, vague], documents)[0].fatalities_best, 12);
  });

  it("the order the reports arrive in does not change the incidents", () => {
    const third = record({
      doc: "river-news",
      published: "2026-03-16",
      ...deaths(15),
      sentence: "The strike on the Khan Younis school killed 15, health officials said.",
    });
    const other = record(
      {
        doc: "river-news",
        location: "Rafah",
        latitude: 31.28,
        longitude: 34.25,
        sentence: "Shelling hit a market in Rafah.",
      },
      2,
    );
    const all = [original, rival, third, other];
    const expected = JSON.stringify(mergeEvents(all, documents));
    for (const order of [
      [3, 2, 1, 0],
      [2, 0, 3, 1],
      [1, 3, 0, 2],
    ])
      assert.equal(
        JSON.stringify(
          mergeEvents(
            order.map((i) => all[i]),
            documents,
          ),
        ),
        expected,
      );
    assert.equal(mergeEvents(all, documents).length, 2);
  });

  const undated = (d: Draft, index = 1) =>
    record({ event_date: null, date_start: null, date_end: null, time_precision: null, ...d }, index);

  it("an undated report joins the dated incident when place, actors and wording agree", () => {
    const vague = undated({
      doc: "hill-radio",
      published: "2026-03-16",
      sentence: "An Israeli air strike on a UN-run school in Khan Younis killed 12 people sheltering there.",
    });
    const incidents = mergeEvents([original, rival, vague], documents);
    assert.equal(incidents.length, 1, JSON.stringify(incidents.map((i) => i.event_ids)));
    assert.equal(incidents[0].event_date, "2026-03-14", "the dated reports give the date");
  });

  describe("negative cases", () => {
    it("an undated report stays apart when it names another place, a loose wording, or came out past the lookback", () => {
      const sentence = "An Israeli air strike on a UN-run school in Khan Younis killed 12 people sheltering there.";
      const elsewhere = undated({
        doc: "hill-radio",
        location: "Rafah",
        latitude: 31.28,
        longitude: 34.25,
        sentence: sentence.replace("Khan Younis", "Rafah"),
      });
      const loose = undated({
        doc: "hill-radio",
        sentence: "Israel said its forces struck militants in Khan Younis.",
        sub_event_type: "Shelling/artillery/missile attack",
      });
      const late = undated({ doc: "hill-radio", published: "2026-04-20", sentence });
      for (const other of [elsewhere, loose, late])
        assert.equal(mergeEvents([original, rival, other], documents).length, 2, other.notes);
    });

    it("two undated reports join only when they came out within the lookback of each other", () => {
      const sentence = "An Israeli air strike on a UN-run school in Khan Younis killed 12 people sheltering there.";
      const first = undated({ doc: "hill-radio", published: "2026-03-16", sentence });
      const soon = undated({ doc: "valley-times", published: "2026-03-19", sentence }, 2);
      const yearLater = undated({ doc: "valley-times", published: "2027-03-16", sentence }, 2);
      assert.equal(mergeEvents([first, soon], documents).length, 1);
      assert.equal(mergeEvents([first, yearLater], documents).length, 2);
    });

    it("an undated event does not take the place of a dated one: dated pairs join first", () => {
      // The undated headline of one report and its dated body cannot share an incident (one report); the third
      // report's dated event must join the dated body, not the headline.
      const headline = undated({ doc: "harbour-post", published: "2026-03-14", sentence: rival.notes }, 2);
      const incidents = mergeEvents([original, headline, rival], documents);
      assert.ok(
        incidents.some((i) => i.event_ids.includes(original.event_id) && i.event_ids.includes(rival.event_id)),
        JSON.stringify(incidents.map((i) => i.event_ids)),
      );
    });

    it("two strikes on the same day in distant towns stay two incidents despite the same wording", () => {
      const north = record({
        doc: "north-wire",
        location: "Jabalia",
        latitude: 31.53,
        longitude: 34.48,
        sentence: original.notes.replace("Khan Younis", "Jabalia"),
      });
      const far = {
        ...north,
        location: "Rafah",
        latitude: 31.28,
        longitude: 34.25,
        event_id: "far-1",
        sources: [{ ...north.sources[0], document_id: "far" }],
      };
      assert.equal(mergeEvents([north, far]).length, 1 + 1);
      assert.equal(mergeEvents([original, north]).length, 2);
    });

    it("other actors on the same side keep two strikes apart", () => {
      const other = record({ doc: "other-actor", actor1: "Hamas", sentence: original.notes });
      assert.equal(mergeEvents([original, other]).length, 2);
    });

    it("an unidentified armed group is no other actor than the group another report names", () => {
      const bombing = { event_type: "Explosions/Remote violence", sub_event_type: "Remote explosive/landmine/IED" };
      const unnamed = record({
        doc: "harbour-post",
        ...bombing,
        actor1: "Unidentified Armed Group (Palestine)",
        sentence: original.notes,
      });
      const named = record({ doc: "valley-times", ...bombing, actor1: "Hamas", sentence: original.notes });
      assert.equal(mergeEvents([unnamed, named]).length, 1);
    });

    it("a vague record cannot chain two distant strikes into one incident", () => {
      const north = record({
        doc: "north-wire",
        location: "Jabalia",
        latitude: 31.53,
        longitude: 34.48,
        sentence: original.notes,
      });
      const vague = record({
        doc: "vague",
        location: "Gaza Strip",
        latitude: 31.42,
        longitude: 34.38,
        geo_precision: 3,
        sentence: original.notes,
      });
      const incidents = mergeEvents([original, north, vague]);
      assert.equal(incidents.length, 2);
      assert.ok(!incidents.some((i) => i.event_ids.includes("harbour-post-1") && i.event_ids.includes("north-wire-1")));
    });

    it("events of one report are never merged with each other", () => {
      const second = record({ doc: "harbour-post", sentence: original.notes }, 2);
      assert.equal(mergeEvents([original, second]).length, 2);
    });

    it("a strike a week later in the same town is another incident", () => {
      const later = record({
        doc: "later",
        event_date: "2026-03-21",
        date_start: "2026-03-21",
        date_end: "2026-03-21",
        sentence: original.notes,
      });
      assert.equal(mergeEvents([original, later]).length, 2);
    });
  });
});
