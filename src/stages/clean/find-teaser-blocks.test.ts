import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseHTML } from "linkedom";
import { isTeaserBlock } from "./find-teaser-blocks.js";
import { CLEAN_SETTINGS } from "./settings.js";

function block(html: string): Element {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const found = document.querySelector("[data-test]");
  assert.ok(found);
  return found;
}

const isTeaser = (html: string) => isTeaserBlock(block(html), CLEAN_SETTINGS);

describe("clean: teaser blocks", () => {
  it("a label and a linked headline is a teaser: 'Related:', 'ALSO READ |', two links with a bar", () => {
    assert.ok(isTeaser(`<p data-test><b>Related:</b> <a href="/a">Gunmen kill six traders on the road to Gao</a></p>`));
    assert.ok(isTeaser(`<p data-test>ALSO READ | <a href="/b">Soldiers repel an attack on a base near Kidal</a></p>`));
    assert.ok(
      isTeaser(
        `<p data-test>Read also: <a href="/c">Drone hits fuel depot in Sennar</a> | <a href="/d">Army shells rebel camp near Kosti</a></p>`,
      ),
    );
  });

  it("a headline wrapped whole in its link, and an all-link list item, are teasers", () => {
    assert.ok(isTeaser(`<a href="/e"><span>2</span><p data-test>Mortar fire hits a school in Beledweyne</p></a>`));
    assert.ok(isTeaser(`<ul><li data-test><a href="/f">Police clash with miners in Tarkwa</a></li></ul>`));
  });

  it("negative: a story sentence with linked names, a linked handle, an unlabelled link mid-sentence", () => {
    assert.ok(
      !isTeaser(
        `<p data-test><a href="/g">Hamas</a> said <a href="/h">Israeli</a> strikes killed four in Rafah on Monday.</p>`,
      ),
    );
    assert.ok(!isTeaser(`<p data-test>Account: <a href="/i">@field_reporter</a></p>`));
    assert.ok(
      !isTeaser(
        `<p data-test>The ministry said in <a href="/j">a statement posted on its website late on Sunday</a> that two soldiers died.</p>`,
      ),
    );
  });

  it("negative: a long paragraph is story, whatever its links", () => {
    const long = "Witnesses said the gunmen arrived on motorbikes and fired on the crowd. ".repeat(3);
    assert.ok(!isTeaser(`<p data-test>Related: <a href="/k">${long}</a></p>`));
  });
});
