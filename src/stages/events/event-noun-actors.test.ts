// Actors of an event noun with its own arguments, joined actors and claims that name who attacked (issue
// 18), on invented sentences through the real pipeline.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processRecords } from "../../testing/process-doc.js";

const recordsOf = (text: string, published = "2021-06-29") => processRecords(text, published);

describe("events: actors of an event noun", () => {
  it("'repelled an attack by X on a base': X attacked, the defenders are actor 2; the date and town reach the record", () => {
    const [attack] = recordsOf(
      "On Wednesday, soldiers repelled an attack by ISWAP fighters on a military base in Marte.",
    );
    assert.equal(attack?.actor1, "Islamic State West Africa Province");
    assert.equal(attack.actor2, "Military Forces of Nigeria");
    // 2021-06-29 is a Tuesday: the Wednesday before it.
    assert.equal(attack.event_date, "2021-06-23");
    assert.equal(attack.location, "Marte");
  });

  it("a subject the parse hangs above the verb ('troops ... repulsed an attack') still fends it off", () => {
    const [attack] = recordsOf("Nigerian troops on Sunday repulsed an attack by Boko Haram on their base in Damboa.");
    assert.equal(attack?.actor1, "Boko Haram");
    assert.equal(attack.actor2, "Military Forces of Nigeria");
  });
});

describe("events: actors joined by 'and'", () => {
  it("'strikes by the United States and France': the second country is an associated actor 1", () => {
    const [strike] = recordsOf("Airstrikes by the United States and France killed 40 civilians in Raqqa on Monday.");
    assert.equal(strike.actor1, "Military Forces of the United States");
    assert.deepEqual(strike.assoc_actor_1, ["Military Forces of France"]);
  });

  it("'gunmen from X and Y': Y is an associated actor 1, with its words as evidence", () => {
    const text = "Gunmen from Boko Haram and ISWAP attacked the village of Kwata in Borno state on Monday.";
    const [attack] = recordsOf(text);
    assert.equal(attack.actor1, "Boko Haram");
    assert.deepEqual(attack.assoc_actor_1, ["Islamic State West Africa Province"]);
    const evidence = attack.evidence.assoc_actor_1 ?? [];
    assert.ok(
      evidence.some((e) => e.text === "ISWAP" && text.slice(e.start, e.end) === "ISWAP"),
      JSON.stringify(evidence),
    );
  });

  it("negative: two countries after 'in ... and' stay places", () => {
    const records = recordsOf("Militants killed 40 civilians in Syria and Iraq on Monday.");
    assert.ok(records.length > 0);
    for (const r of records) assert.ok(!`${r.actor1};${r.assoc_actor_1}`.includes("Military Forces"), r.actor1 ?? "");
  });
});

describe("events: a later claim names who attacked", () => {
  it("'X later claimed the attack' makes X actor 1 of the bombing before it", () => {
    const [bombing] = recordsOf(
      "Four soldiers were killed on Tuesday when their convoy hit a roadside bomb near Gao. Residents said the area had seen several such blasts. Jama'at Nusrat al-Islam wal-Muslimin later claimed the attack.",
    );
    assert.equal(bombing.actor1, "Jama'at Nusrat al-Islam wal-Muslimin");
    assert.notEqual(bombing.actor2, "Jama'at Nusrat al-Islam wal-Muslimin");
  });

  it("a bare 'claimed responsibility.' refers to the suicide bombing before it", () => {
    const [bombing] = recordsOf(
      "A suicide bomber blew himself up at a checkpoint in Mogadishu on Sunday, killing five soldiers. Al-Shabaab claimed responsibility.",
    );
    assert.equal(bombing.actor1, "Al Shabaab");
  });

  it("a claim naming its attack ('responsibility for the bombings') goes to that attack, not the one before", () => {
    const [raid, bombings] = recordsOf(
      "Gunmen attacked a police post in Derry on Monday, wounding two officers. The Ulster Volunteer Force accepted responsibility for the bombings in Belfast, which seemed to be aimed at civilians.",
    );
    assert.equal(bombings?.actor1, "Ulster Volunteer Force");
    assert.notEqual(raid.actor1, "Ulster Volunteer Force");
  });

  it("negative: 'the blast claimed the lives of' claims no attack", () => {
    const [blast] = recordsOf(
      "A suicide bomber blew himself up in Kabul on Monday. The blast claimed the lives of six people.",
    );
    assert.ok(blast.actor1 === null || !blast.actor1.includes("lives"), String(blast.actor1));
  });

  it("negative: 'no group claimed responsibility' names no actor 1", () => {
    const [bombing] = recordsOf(
      "A suicide bomber blew himself up at a checkpoint in Mogadishu on Sunday, killing five soldiers. No group claimed responsibility.",
    );
    assert.ok(!String(bombing.actor1).includes("group"), String(bombing.actor1));
  });
});

describe("events: the incident's own dead as actor 2", () => {
  it("'killing five Malian soldiers' makes the Malian military actor 2", () => {
    const [ambush] = recordsOf("Gunmen ambushed a convoy near Gao on Monday, killing five Malian soldiers.");
    assert.equal(ambush.actor2, "Military Forces of Mali");
    assert.ok(
      ambush.evidence.actor2?.some((e) => e.text === "Malian soldiers"),
      JSON.stringify(ambush.evidence.actor2),
    );
  });

  it("the counted dead come before an armed group the report names elsewhere", () => {
    const [blast] = recordsOf(
      "Seven militants were killed in an explosion in Kandahar on Monday. The Taliban control much of the district.",
    );
    assert.equal(blast.actor2, "Unidentified Armed Group (Afghanistan)");
  });

  it("every mention's civilians are evidence of actor 2, not only the first", () => {
    const text = "Gunmen opened fire on villagers in Kirkuk on Monday, killing two people, police said.";
    const [shooting] = recordsOf(text);
    assert.equal(shooting.actor2, "Civilians (Iraq)");
    const words = (shooting.evidence.actor2 ?? []).map((e) => e.text);
    assert.ok(words.length >= 2, words.join(";"));
  });

  it("'an attack on a market': a civilian place after the target cue makes civilians actor 2", () => {
    const text = "Gunmen carried out an attack on a crowded market in Maiduguri on Tuesday.";
    const [attack] = recordsOf(text);
    assert.equal(attack?.actor2, "Civilians (Nigeria)");
    assert.ok(
      attack.evidence.actor2?.some((e) => e.text === "market"),
      JSON.stringify(attack.evidence.actor2),
    );
  });

  it("negative: a military camp after the cue is no civilian place", () => {
    const [attack] = recordsOf("Militants attacked a military camp near Gao on Monday.");
    assert.ok(!String(attack.actor2).startsWith("Civilians"), String(attack.actor2));
  });

  it("negative: an unplaced group and unplaced soldiers are not the same placeholder on both sides", () => {
    const [bombing] = recordsOf("A suicide bomber blew himself up in a market on Monday, killing six soldiers.");
    assert.notEqual(bombing.actor2, bombing.actor1);
  });
});

describe("events: who is hit and who hits, read around the trigger", () => {
  it("'X has been reeling from attacks by Y': X is hit, Y attacks", () => {
    const [attacks] = recordsOf("Turkey has been reeling from bomb attacks by ISIS this year.");
    assert.equal(attacks.actor1, "Islamic State");
    assert.notEqual(attacks.actor1, "Military Forces of Turkey");
  });

  it("an organisation the parse makes the agent ('the IRA's bombing') is actor 1", () => {
    const [bombing] = recordsOf("Last spring the IRA's bombing of a depot near the port shut the harbour for days.");
    assert.equal(bombing?.actor1, "IRA");
  });

  it("negative: an organisation that only reports the attack is no actor", () => {
    const [attack] = recordsOf("Reuters reported that militants attacked a checkpoint in Kunduz on Monday.");
    assert.ok(!String(attack.actor1).includes("Reuters"), String(attack.actor1));
  });
});

describe("events: a country modifying an act of force that is the verb's subject", () => {
  it("'Israeli strikes killed 12 people': the strikes are Israel's forces, not a group of the place", () => {
    const [strike] = recordsOf("Israeli strikes killed 12 people in Rafah on Sunday.");
    assert.equal(strike?.actor1, "Military Forces of Israel");
  });
  it("'Turkish fire killed': the fire is Turkey's forces", () => {
    const [attack] = recordsOf("Turkish fire killed two villagers near Kobani on Sunday.");
    assert.equal(attack?.actor1, "Military Forces of Turkey");
  });
  it("negative: a country modifying a noun of no act of force names no force ('Kenyan fishermen')", () => {
    const [attack] = recordsOf("Kenyan fishermen were killed by gunmen near Lamu on Sunday.");
    assert.notEqual(attack?.actor1, "Military Forces of Kenya");
  });
});
