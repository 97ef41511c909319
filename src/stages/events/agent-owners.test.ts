// Who acted, read from the agent phrase's owners and members (issue 18): a country that modifies the head
// of a force's phrase or a weapon, a named group the agent belongs to, a sponsor joined by a hyphen, and a
// verb the parser leaves outside its trigger ("shot dead"). Invented sentences through the real pipeline.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processRecords } from "../../testing/process-doc.js";

const recordsOf = (text: string) => processRecords(text, "2023-05-15");

describe("events: the country of a force's whole phrase", () => {
  it("'Kenyan air force jets struck': the country modifies the phrase's head, not 'air force'", () => {
    const [strike] = recordsOf(
      "Kenyan air force jets struck militant hideouts in the Gedo region on Friday, the army said.",
    );
    assert.equal(strike?.actor1, "Military Forces of Kenya");
  });
});

describe("events: 'its forces' in reported speech are the speaker's", () => {
  it("'Russia's defence ministry said its forces had captured X' near a Ukrainian town: the forces are Russia's", () => {
    const [capture] = recordsOf(
      "Russia's defence ministry said on Sunday its forces had captured the village of Klishchiivka near Bakhmut.",
    );
    assert.equal(capture?.actor1, "Military Forces of Russia");
  });

  it("a country named on the forces themselves still stands", () => {
    const [capture] = recordsOf(
      "Ukrainian troops said on Sunday that Russian forces had captured the village of Klishchiivka near Bakhmut.",
    );
    assert.equal(capture?.actor1, "Military Forces of Russia");
  });
});

describe("events: the country of a weapon", () => {
  it("'a Syrian drone hit a market': the weapon's country fired it", () => {
    const [strike] = recordsOf("A Syrian drone hit a crowded market in Sarmada on Saturday, wounding six people.");
    assert.equal(strike?.actor1, "Military Forces of Syria");
  });

  it("'an Israeli missile strike on X damaged Y': the event noun's country, when the noun is a verb's subject", () => {
    const [strike] = recordsOf("An Israeli missile strike on the port of Latakia on Tuesday damaged two warehouses.");
    assert.equal(strike?.actor1, "Military Forces of Israel");
  });

  it("negative: a weapon no country modifies names no state force", () => {
    const [strike] = recordsOf("A drone hit a crowded market in Sarmada on Saturday, wounding six people.");
    assert.ok(!String(strike?.actor1 ?? "").startsWith("Military Forces"));
  });
});

describe("events: members of a named group", () => {
  it("'attacked by fighters of X': X, not an unidentified group", () => {
    const [attack] = recordsOf(
      "Three policemen were killed when their post was attacked by fighters of Boko Haram near Bama on Sunday.",
    );
    assert.equal(attack?.actor1, "Boko Haram");
  });

  it("'militants of the ISIS-linked X': the named group itself, not its sponsor", () => {
    const [attack] = recordsOf(
      "Militants of the ISIS-linked Allied Democratic Forces attacked the village of Mukondi on Monday, killing 12 people.",
    );
    assert.equal(attack?.actor1, "Allied Democratic Forces");
  });

  it("'suspected members of X shot dead a leader': the verb of 'shot dead', not the adjective, has the subject", () => {
    const [killing] = recordsOf(
      "Suspected members of the Clan del Golfo shot dead a union leader outside his home in the village of Santa Rosa on Sunday night, the ombudsman's office said.",
    );
    assert.equal(killing?.actor1, "Clan del Golfo");
  });
  it("'X killed eight people' parsed with 'people' the subject of 'said': the verb still has X as subject", () => {
    const [attack] = recordsOf(
      "MEXICO CITY, Oct 12 (Wire) - Gunmen believed to belong to the Jalisco New Generation Cartel killed eight people at a cockfighting ring in the municipality of Apatzingan, in the western state of Michoacan, on Friday night, state prosecutors said.",
    );
    assert.equal(attack?.actor1, "Jalisco New Generation Cartel");
  });
  it("'fighters linked to X attacked': the group the agent is linked to acts with it", () => {
    const [attack] = recordsOf(
      "Fighters linked to the Eastern Liberation Movement attacked an army post near Beni on Monday, killing four soldiers.",
    );
    assert.equal(attack?.actor1, "Eastern Liberation Movement");
  });
});
