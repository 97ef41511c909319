import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseHTML } from "linkedom";
import { measureText } from "./measure-text.js";
import { CLEAN_SETTINGS } from "./settings.js";
import { stripTeaserCards } from "./strip-teaser-cards.js";

function strip(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  stripTeaserCards(document.body, CLEAN_SETTINGS, measureText(document.body));
  return document.body.textContent ?? "";
}

const card = (headline: string, summary: string) =>
  `<div class="c"><h3><a href="/x">${headline}</a></h3><p>${summary}</p></div>`;

describe("clean: teaser cards", () => {
  it("removes a row of cards, headline and summary both", () => {
    const text = strip(
      `<div>${card("Rebels seize a border post near Bunagana", "Thousands fled toward Uganda overnight.")}${card("Militia attack kills nine in Ituri village", "The attackers burned homes, officials said.")}</div>`,
    );
    assert.ok(!text.includes("Thousands fled"), text);
    assert.ok(!text.includes("The attackers burned homes"), text);
  });

  it("negative: one card alone, and a story whose headline links to itself, stay", () => {
    assert.ok(strip(card("Rebels seize a border post near Bunagana", "Thousands fled.")).includes("Thousands fled"));
    const body = "Rebels seized a border post on Tuesday after hours of fighting, the army said. ".repeat(4);
    const story = `<div><h1><a href="/self">Rebels seize a border post near Bunagana</a></h1><p>${body}</p></div>`;
    assert.ok(strip(story + story).includes("Rebels seized a border post"));
  });
});
