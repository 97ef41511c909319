// Whole news pages as they arrive (fixtures/pages, invented): the stored text is the story alone, other
// stories' headlines and the photo captions are gone, and the publication date is the page's own.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { projectRoot } from "../../paths.js";
import { processRawDocument } from "../../process.js";
import { cleanRawDocument } from "./index.js";

type PageCase = {
  file: string;
  /** The day the page says it was published (its own, not a masthead's or a rail's). */
  publishedDay: string;
  /** The story's first and last paragraphs, which must be kept. */
  kept: string[];
  /** Teaser headlines, captions, comments and rails that must be gone. */
  gone: string[];
  /** Towns only the page furniture names: no event may be placed there. */
  furnitureTowns: string[];
};

const PAGES: PageCase[] = [
  {
    file: "wordpress-related-line.html",
    publishedDay: "2026-03-14",
    kept: ["Nigerian military jets struck two insurgent camps", "The insurgency in the northeast has killed"],
    gone: ["ambush army convoy near Bama", "Konduga fish market", "Monguno mosque", "uncle's village", "(Photo:"],
    furnitureTowns: ["Bama", "Konduga", "Gwoza", "Dikwa", "Monguno", "Kano", "Gubio"],
  },
  {
    file: "hashed-classes-json-ld.html",
    publishedDay: "2026-05-22",
    kept: ["Russian shelling struck a crowded market", "is shelled almost daily"],
    gone: ["Image caption", "Odesa apartment block", "wedding party in northern Burkina Faso", "War in Ukraine"],
    furnitureTowns: ["Odesa", "Toretsk", "Kharkiv", "Tbilisi", "Mogadishu"],
  },
  {
    file: "byline-date-only.html",
    publishedDay: "2026-11-07",
    kept: ["Protesters set fire to a police station in Kisumu", "at least 40 deaths in police custody"],
    gone: ["Smoke rises from the police station", "rival groups clash over land", "Nyalenda", "Turkana village"],
    furnitureTowns: ["Migori", "Nyalenda", "Turkana", "Mandera", "Homa Bay"],
  },
  {
    file: "masthead-time-element.html",
    publishedDay: "2026-09-18",
    kept: ["Gunmen on motorbikes killed 14 people", "has promised to retake territory"],
    gone: ["Fada N'Gourma", "convoy attacked, 19 soldiers dead", "army base in Mali", "Sahel Briefing"],
    furnitureTowns: ["Fada N'Gourma", "Djibo"],
  },
  {
    file: "wire-photo-gallery.html",
    publishedDay: "2026-01-30",
    kept: ["A car packed with explosives blew up", "sleeper cells continue to mount attacks"],
    gone: [
      "Iraqi security forces inspect",
      "Relatives mourn",
      "Diyala outpost",
      "Fighting forced thousands",
      "contributed",
    ],
    furnitureTowns: ["Diyala", "Basra", "Sanaa", "Uganda"],
  },
  {
    file: "caption-paragraph-read-more.html",
    publishedDay: "2026-04-06",
    kept: ["At least 11 people were killed when herders", "hundreds killed in attacks on villages"],
    gone: ["Villagers inspect burnt houses", "Curfew imposed in Mangu", "Southern Kaduna", "Abuja-Kaduna highway"],
    furnitureTowns: ["Mangu", "Kauru", "Jos University", "Lagos"],
  },
  {
    file: "json-ld-graph-embeds.html",
    publishedDay: "2026-07-02",
    kept: ["A drone strike hit a convoy of cars", "the United Nations said last week"],
    gone: ["El Fasher camp kills 15", "pushed RSF out of two villages", "Nyala market", "Kadugli", "Advertisement"],
    furnitureTowns: ["El Fasher", "Nyala", "Kadugli", "Ed Daein", "Port Sudan"],
  },
  {
    file: "reader-reactions-newsletter.html",
    publishedDay: "2026-10-24",
    kept: ["Police fired tear gas and rubber bullets", "The opposition denies this."],
    gone: ["Chittagong", "torched a bus in Gazipur", "Rajshahi University", "on WhatsApp"],
    furnitureTowns: ["Chittagong", "Gazipur", "Rajshahi", "Narayanganj"],
  },
];

function readPage(file: string): string {
  return readFileSync(join(projectRoot(), "src", "stages", "clean", "fixtures", "pages", file), "utf8");
}

describe("clean: whole news pages", () => {
  for (const page of PAGES) {
    it(`${page.file}: keeps the story, drops teasers, captions and comments, reads the page's own date`, () => {
      const result = cleanRawDocument({ origin: page.file, kind: "html", content: readPage(page.file), meta: {} });
      assert.ok("doc" in result, "the page was declined");
      const { text, meta } = result.doc;
      for (const phrase of page.kept) assert.ok(text.includes(phrase), `lost "${phrase}"`);
      for (const phrase of page.gone) assert.ok(!text.includes(phrase), `still holds "${phrase}"`);
      assert.equal(meta.published?.slice(0, 10), page.publishedDay);
    });
  }

  it("places no event in a town that only a teaser, caption, comment or rail names", () => {
    for (const page of PAGES) {
      const result = processRawDocument({ origin: page.file, kind: "html", content: readPage(page.file), meta: {} });
      assert.ok("doc" in result, `${page.file} was declined`);
      const places = result.doc.events.map((e) => e.place?.value.location ?? "");
      for (const town of page.furnitureTowns) assert.ok(!places.includes(town), `${page.file}: an event in ${town}`);
      assert.ok(result.doc.events.length > 0, `${page.file}: the story's own event was lost`);
    }
  });
});
