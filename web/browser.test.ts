// The workbench in a real browser (Debian's chromium through playwright-core) on a temporary store of the
// sample reports: map, timeline, table and filters; the evidence highlight; a review edit; and a page full
// of script and event-handler payloads shown inert. Screenshots are kept in test-artifacts/screenshots/.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { CHROMIUM, SCREENSHOTS, startWorkbench, TOKEN, type Workbench } from "./testing/start-workbench.js";

const skip = existsSync(CHROMIUM) ? false : `needs ${CHROMIUM} (apt-get install chromium)`;

describe("workbench in the browser", { skip, timeout: 120_000 }, () => {
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

  it("ingests a page full of script and event-handler payloads and shows it inert", async () => {
    await page.click("#close-event");
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
