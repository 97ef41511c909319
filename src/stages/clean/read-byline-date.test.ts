import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseHTML } from "linkedom";
import { readBylineDate } from "./read-byline-date.js";
import { CLEAN_SETTINGS } from "./settings.js";

const read = (body: string) =>
  readBylineDate(
    parseHTML(`<!doctype html><html><body>${body}</body></html>`).document,
    CLEAN_SETTINGS.bylineDateMaxChars,
  );

const STORY = "<p>Gunmen attacked a police post in Mopti on Sunday, killing three officers, the governor said.</p>";

describe("clean: the visible byline date", () => {
  it("takes a 'Published' line wherever it stands, in either order of day and month", () => {
    assert.equal(
      read(`<h1>Attack</h1><p>By A. Diallo | Published: Tuesday, 3 March 2026 - 10:35 am</p>${STORY}`),
      "2026-03-03",
    );
    assert.equal(read(`<div>Posted Mar. 3, 2026</div><h1>Attack</h1>${STORY}`), "2026-03-03");
  });

  it("takes the first date line after the headline, not the masthead's date before it", () => {
    const page = `<div class="top">Monday, 9 March 2026</div><h1>Attack</h1><span>March 3, 2026</span>${STORY}`;
    assert.equal(read(page), "2026-03-03");
  });

  it("negative: no headline and no label, a date inside a story paragraph, a date with no year, no day", () => {
    assert.equal(read(`<span>March 3, 2026</span>${STORY}`), undefined);
    const long = `<h1>Attack</h1><p>${"The attack on 3 March 2026 was the third this month in the region. ".repeat(2)}</p>`;
    assert.equal(read(long), undefined);
    assert.equal(read(`<h1>Attack</h1><span>Published March 3</span>`), undefined);
    assert.equal(read(`<h1>Attack</h1><span>Published 31 June 2026</span>`), undefined);
  });
});
