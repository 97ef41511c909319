// The workbench in a real browser (Debian's chromium through playwright-core) on a temporary store of the
// sample reports: the first-run scenario end to end (samples on the map and timeline, the seed
// pasted with its date, the June 27 strike's sentence highlighted, a field edited, the edit in the ACLED
// CSV); map, timeline, table and filters; the evidence highlight; a review edit of an event and of an
// incident; a report added by URL; a one-day timeline; and a page full of script and event-handler
// payloads shown inert. Screenshots are kept in test-artifacts/screenshots/.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { parse } from "csv-parse/sync";
import type { Page } from "playwright-core";
import { needsSeedArticle, readSeedArticle } from "../src/testing/fixtures.js";
import { CHROMIUM, SCREENSHOTS, startWorkbench, TOKEN, type Workbench } from "./testing/start-workbench.js";

const skip = existsSync(CHROMIUM) ? false : `needs ${CHROMIUM} (apt-get install chromium)`;

describe("workbench in the browser", { skip, timeout: 360_000 }, () => {
  let bench: Workbench;
  let page: Page;
  const dialogs: string[] = [];

  before(async () => {
    bench = await startWorkbench();
    page = await bench.context.newPage();
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    console.log(`browser test screenshots: ${SCREENSHOTS}`);
  });
  after(async () => bench?.stop());

  it("first run: samples on the map and timeline; the seed pasted, its June 27 strike highlighted, edited and exported", {
    ...needsSeedArticle(),
  }, async () => {
    assert.ok(bench.events > 0, "the sample reports gave events");
    await page.goto(bench.url);
    await page.waitForFunction(() => Number(document.getElementById("map")?.dataset.events) > 0);
    await page.locator("#timeline canvas").first().waitFor();
    assert.ok(Number(await page.locator("#timeline").getAttribute("data-days")) > 0, "the timeline has days");

    await page.click("#open-ingest");
    await page.fill("#ingest-form [name=content]", readSeedArticle());
    await page.fill("#ingest-form [name=published]", "2021-06-28");
    await page.fill("#ingest-form [name=token]", TOKEN);
    await page.click("#ingest-submit");
    await page.locator("#ingest-status", { hasText: /event\(s\)/ }).waitFor({ timeout: 90_000 });
    assert.match(await page.locator("#ingest-status").innerText(), /published 2021-06-28/);
    await page
      .locator("#ingest-result button", { hasText: /2021-06-27.*Air\/drone strike/ })
      .first()
      .click();
    await page.locator("#event-view:not([hidden]) #event-text mark").first().waitFor();
    const eventId = new URL(page.url()).searchParams.get("event");
    assert.ok(eventId, "the open event is in the URL");
    const api = await (await page.request.get(`${bench.url}api/events/${eventId}`)).json();
    assert.equal(api.event.event_date, "2021-06-27");
    const sentence = (
      await page
        .locator("#event-text mark")
        .evaluateAll((marks) =>
          marks
            .filter((m) => (m as HTMLElement).dataset.fields?.split(" ").includes("sentence"))
            .map((m) => m.textContent),
        )
    ).join("");
    const strike = api.evidence.find((e: { field: string }) => e.field === "sub_event_type");
    assert.ok(strike && sentence.includes(strike.text), `the strike's sentence is highlighted: "${sentence}"`);
    await page.screenshot({ path: join(SCREENSHOTS, "0-seed-strike.png") });

    await page.fill("#review [name=token]", TOKEN);
    await page.fill("#review [name=reviewer]", "First Run");
    await page.fill("#review-fields [name='field:fatalities_best']", "3");
    await page.click("#review button[value=edit]");
    await page.locator("#event-history li", { hasText: "First Run" }).waitFor();

    await page.click("#close-event");
    await page.click("#open-export");
    const href = await page.locator("#export-link").getAttribute("href");
    assert.match(href ?? "", /format=acled-csv/);
    const rows: Record<string, string>[] = parse(
      await (await page.request.get(new URL(href!, bench.url).href)).text(),
      {
        columns: true,
      },
    );
    const row = rows.find((r) => r.event_id_cnty === eventId);
    assert.ok(row, "the strike is in the export");
    assert.equal(row.fatalities, "3", "the reviewer's value is exported");
    await page.keyboard.press("Escape");
  });

  it("shows the samples on the map, the timeline and the table, and filters all three through the URL", async () => {
    assert.ok(bench.events > 0, "the sample reports gave events");
    await page.goto(bench.url);
    await page.locator("#events tbody tr[data-event-id]").first().waitFor();
    await page.waitForFunction(() => Number(document.getElementById("map")?.dataset.events) > 0);
    await page.locator("#timeline canvas").first().waitFor();
    const allRows = await page.locator("#events tbody tr[data-event-id]").count();
    const allDays = Number(await page.locator("#timeline").getAttribute("data-days"));
    await page.screenshot({ path: join(SCREENSHOTS, "1-workbench.png") });

    await page.fill("#filters [name=country]", "Somalia");
    await page.locator("#filters [name=country]").dispatchEvent("change");
    await page.waitForURL(/country=Somalia/);
    await page.waitForFunction((n) => document.querySelectorAll("#events tbody tr[data-event-id]").length < n, allRows);
    const places = await page.locator("#events tbody td[data-label=Place]").allTextContents();
    assert.ok(places.length > 0 && places.every((p) => p.includes("Somalia")), `every row is in Somalia: ${places}`);
    assert.ok(Number(await page.locator("#timeline").getAttribute("data-days")) < allDays, "the timeline narrowed too");

    await page.reload();
    assert.equal(
      await page.inputValue("#filters [name=country]"),
      "Somalia",
      "the filter survives a reload (it lives in the URL)",
    );
    await page.click("#filters button[type=reset]");
    await page.waitForFunction(
      (n) => document.querySelectorAll("#events tbody tr[data-event-id]").length === n,
      allRows,
    );
  });

  it("opens an event and highlights each field's words in the article", async () => {
    await page.locator("#events tbody tr[data-event-id]").first().click();
    await page.locator("#event-view:not([hidden]) #event-text mark").first().waitFor();
    const eventId = await page.locator("#events tbody tr[data-event-id]").first().getAttribute("data-event-id");
    const api = await (await page.request.get(`${bench.url}api/events/${eventId}`)).json();
    const marked = await page
      .locator("#event-text mark:not([data-field=sentence])")
      .evaluateAll((marks) => marks.map((m) => ({ text: m.textContent, fields: (m as HTMLElement).dataset.fields })));
    for (const span of api.evidence.filter(
      (e: { document_id: string }) => e.document_id === api.document.document_id,
    )) {
      const joined = marked
        .filter((m) => m.fields?.split(" ").includes(span.field))
        .map((m) => m.text)
        .join("");
      assert.ok(joined.includes(span.text), `the ${span.field} evidence "${span.text}" is highlighted`);
    }
    assert.ok((await page.locator("#evidence-legend mark").count()) > 1, "a legend names the highlighted fields");
    assert.match(await page.locator("#event-source").innerText(), /published \d{4}-\d{2}-\d{2}/);
    await page.screenshot({ path: join(SCREENSHOTS, "2-event-evidence.png") });
  });

  it("records a review edit: the new value shows, the extracted one is kept, the history says who and why", async () => {
    const eventId = new URL(page.url()).searchParams.get("event");
    assert.ok(eventId, "the open event is in the URL");
    await page.fill("#review [name=token]", TOKEN);
    await page.fill("#review [name=reviewer]", "Browser Test");
    await page.fill("#review [name=note]", "toll corrected from the follow-up report");
    await page.fill("#review-fields [name='field:fatalities_best']", "42");
    await page.click("#review button[value=edit]");
    await page.locator("#event-history li", { hasText: "Browser Test" }).waitFor();
    const history = await page.locator("#event-history").innerText();
    assert.match(history, /edit/);
    assert.match(history, /toll corrected/);
    const api = await (await page.request.get(`${bench.url}api/events/${eventId}`)).json();
    assert.equal(api.event.fatalities_best, 42);
    assert.notEqual(api.extracted.fatalities_best, 42, "the extraction is kept beside the review");
    await page.screenshot({ path: join(SCREENSHOTS, "3-review-edit.png"), fullPage: false });
  });

  it("reviews the incident an event was merged into, from the event view", async () => {
    const eventId = new URL(page.url()).searchParams.get("event");
    const before = await (await page.request.get(`${bench.url}api/events/${eventId}`)).json();
    assert.ok(before.incident, "the open event belongs to an incident");
    await page.locator("#event-incident:not([hidden])").waitFor();
    await page.selectOption("#review [name=subject]", "incident");
    await page.fill("#review [name=note]", "merge checked against the sources");
    await page.click("#review button[value=confirm]");
    await page.locator("#event-history li", { hasText: "merge checked against the sources" }).waitFor();
    const incident = await (await page.request.get(`${bench.url}api/incidents/${before.incident.incident_id}`)).json();
    assert.ok(["confirmed", "edited"].includes(incident.review?.status), `reviewed: ${incident.review?.status}`);
    assert.equal(incident.review_history.at(-1).reviewer, "Browser Test");
    const event = await (await page.request.get(`${bench.url}api/events/${eventId}`)).json();
    assert.equal(event.history.length, before.history.length, "the event's own history is untouched");
    await page.selectOption("#review [name=subject]", "event");
  });

  it("adds a report by URL: the server fetches the page and the date is read from it", async () => {
    const html = readFileSync(join(import.meta.dirname, "..", "src", "api", "fixtures", "fetched-report.html"), "utf8");
    const server = createServer((_req, res) => {
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      res.end(html);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/gao-checkpoint`;
      await page.click("#close-event");
      await page.click("#open-ingest");
      await page.fill("#ingest-form [name=content]", "");
      await page.fill("#ingest-form [name=published]", "");
      await page.fill("#ingest-form [name=url]", url);
      await page.fill("#ingest-form [name=token]", TOKEN);
      await page.click("#ingest-submit");
      await page.locator("#ingest-status", { hasText: /event\(s\)|Not stored/ }).waitFor({ timeout: 90_000 });
      const status = await page.locator("#ingest-status").innerText();
      assert.match(status, /stored: [1-9]\d* event\(s\); published 2022-09-14.*read from the page/, status);
      await page.screenshot({ path: join(SCREENSHOTS, "5-ingest-url.png") });
      await page.locator("#ingest-result button").first().click();
      await page.locator("#event-view:not([hidden]) #event-text mark").first().waitFor();
      assert.match(await page.locator("#event-source").innerText(), new RegExp(url.replaceAll(".", "\\.")));
      await page.click("#close-event");
    } finally {
      server.close();
    }
  });

  it("a single day's events fill a week-wide timeline, not an axis stretched to months", async () => {
    const [day] = await (await page.request.get(`${bench.url}api/events/summary`)).json().then((s) => s.days);
    await page.goto(`${bench.url}?from=${day.date}&to=${day.date}`);
    await page.waitForFunction(() => document.getElementById("timeline")?.dataset.days === "1");
    await page.waitForFunction(() => document.getElementById("timeline")?.dataset.spanDays);
    const span = Number(await page.locator("#timeline").getAttribute("data-span-days"));
    assert.ok(span >= 6 && span <= 8, `the axis spans ${span} days`);
    await page.locator("#timeline").screenshot({ path: join(SCREENSHOTS, "6-one-day-timeline.png") });
    await page.waitForFunction(() => Number(document.getElementById("map")?.dataset.events) > 0, null, {
      timeout: 60_000,
    });
    const row = page.locator("#events tbody tr[data-event-id]").first();
    const eventId = await row.getAttribute("data-event-id");
    await row.click();
    await page.locator("#event-view:not([hidden]) #event-text").waitFor();
    const { event } = await (await page.request.get(`${bench.url}api/events/${eventId}`)).json();
    if (event.latitude !== null) {
      // The opened event is brought into the map's uncovered part and ringed, not left off-screen.
      await page.waitForFunction((id) => document.getElementById("map")?.dataset.shownEvent === id, eventId, {
        timeout: 10_000,
      });
      const ring = await page.locator(".selected-event").boundingBox();
      const drawer = await page.locator("#event-view").boundingBox();
      const map = await page.locator("#map").boundingBox();
      assert.ok(ring && drawer && map, "ring, drawer and map are on the page");
      assert.ok(ring.x > map.x && ring.x + ring.width < drawer.x, "the ring is left of the event view, on the map");
    }
    await page.waitForTimeout(500); // the basemap's tiles at the new view
    await page.screenshot({ path: join(SCREENSHOTS, "6-one-day.png") });
    await page.click("#close-event");
  });

  it("ingests a page full of script and event-handler payloads and shows it inert", async () => {
    if (await page.locator("#event-view").isVisible()) await page.click("#close-event");
    await page.click("#open-ingest");
    const html = readFileSync(join(import.meta.dirname, "fixtures", "inert-page.html"), "utf8");
    await page.fill("#ingest-form [name=content]", html);
    await page.fill("#ingest-form [name=token]", TOKEN);
    await page.click("#ingest-submit");
    await page.locator("#ingest-status", { hasText: /event\(s\)/ }).waitFor({ timeout: 60_000 });
    assert.match(
      await page.locator("#ingest-status").innerText(),
      /published 2023-07-02.*read from the page/,
      "the page's own date is used and shown",
    );
    await page.locator("#ingest-result button").first().click();
    await page.locator("#event-view:not([hidden]) #event-text mark").first().waitFor();
    const article = await page.locator("#event-text").textContent();
    assert.match(article ?? "", /onerror/, "the payload is in the article, as text");
    await page.waitForTimeout(300);
    assert.deepEqual(dialogs, [], "no alert() ran");
    assert.equal(
      await page.evaluate(() => (window as Window & { __pwned?: string }).__pwned),
      undefined,
      "no payload script ran",
    );
    assert.equal(
      await page
        .locator(
          "#event-view img, #event-view svg, #event-view script, #event-view iframe, #event-view [onerror], #event-view [onload]",
        )
        .count(),
      0,
      "no element was made from the text",
    );
    await page.screenshot({ path: join(SCREENSHOTS, "4-inert-page.png") });
  });
});
