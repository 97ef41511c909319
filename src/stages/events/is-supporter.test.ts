// Backers of a side (issue 18): "backed by", "supported by", "alongside" make a name an associate of the
// side before it, never actor 1; invented sentences.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processRecords } from "../../testing/process-doc.js";

const recordsOf = (text: string) => processRecords(text, "2024-10-14");

describe("events: a backer is an associate of actor 1", () => {
  it("'forces backed by African Union troops raided': the African Union is no actor 1", () => {
    const [raid] = recordsOf(
      "Government forces backed by African Union troops raided a village near Baidoa on Sunday.",
    );
    assert.notEqual(raid.actor1, "African Union");
    assert.ok(raid.assoc_actor_1.includes("African Union"), JSON.stringify(raid.assoc_actor_1));
  });
  it("'troops, supported by Wagner fighters, attacked': the troops are actor 1, Wagner their associate", () => {
    const [attack] = recordsOf(
      "Government troops, supported by Wagner fighters, attacked a village in central Mali on Sunday.",
    );
    assert.equal(attack.actor1, "Military Forces of Mali");
    assert.ok(attack.assoc_actor_1.includes("Wagner Group"), JSON.stringify(attack.assoc_actor_1));
    assert.notEqual(attack.actor2, "Military Forces of Mali");
  });
  it("'with the support of' a named group makes it an associate", () => {
    const [attack] = recordsOf(
      "Somali soldiers, with the support of Turkey, stormed an al-Shabaab camp near Jowhar on Monday.",
    );
    assert.notEqual(attack.actor1, "Military Forces of Turkey");
  });
  describe("negative cases", () => {
    it("a name with no backing phrase is still actor 1", () => {
      const [attack] = recordsOf("Wagner fighters attacked a village in central Mali on Sunday.");
      assert.equal(attack.actor1, "Wagner Group");
    });
    it("a passive with its auxiliary keeps its subject the one attacked", () => {
      const [attack] = recordsOf("Malian troops were attacked by jihadists near Gao on Sunday.");
      assert.notEqual(attack.actor1, "Military Forces of Mali");
    });
  });
});
