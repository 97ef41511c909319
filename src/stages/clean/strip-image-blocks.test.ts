import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseHTML } from "linkedom";
import { CLEAN_SETTINGS } from "./settings.js";
import { stripImageBlocks } from "./strip-image-blocks.js";

function strip(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body><article>${html}</article></body></html>`);
  stripImageBlocks(document.body, CLEAN_SETTINGS);
  return document.body.textContent ?? "";
}

const STORY = "<p>Gunmen attacked a police post in Mopti on Sunday, killing three officers, the governor said.</p>";

describe("clean: picture blocks with captions", () => {
  it("removes a caption beside a photo outside <figure>: a paragraph, an italic line, a carousel slide", () => {
    for (const photo of [
      `<div class="img-holder"><img src="a.jpg"><p>Police inspect the burnt post in Mopti on Sunday.</p></div>`,
      `<div style="text-align:center"><img src="a.jpg" width="600"><br><i>The burnt post in Mopti. Photo: Staff</i></div>`,
      `<div class="Slide"><img src="a.jpg"><div><p>Officers at the post, Sunday. (Photo/Staff)</p></div></div>`,
    ]) {
      const text = strip(photo + STORY);
      assert.ok(!/burnt post|Officers at the post/.test(text), text);
      assert.ok(text.includes("Gunmen attacked a police post"), "the story paragraph was lost");
    }
  });

  it("negative: a picture floated inside a story paragraph keeps the paragraph", () => {
    const text = strip(`<p><img src="map.png" class="alignleft">Gunmen attacked a police post in Mopti on Sunday.</p>`);
    assert.ok(text.includes("Gunmen attacked a police post"));
  });

  it("negative: an icon-sized picture, a story block with two paragraphs, a headline block stay", () => {
    assert.ok(strip(`<div><img src="e.png" width="16"><span>Share on WhatsApp</span></div>`).includes("Share"));
    const twoParagraphs = `<div><img src="a.jpg">${STORY}<p>Two more officers were wounded.</p></div>`;
    assert.ok(strip(twoParagraphs).includes("Two more officers"));
    assert.ok(
      strip(`<header><h1>Gunmen kill three officers in Mopti</h1><img src="a.jpg"></header>`).includes("Gunmen"),
    );
  });
});
