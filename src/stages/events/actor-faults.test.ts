// Actor and sub-event faults of issue 18, on invented sentences of the same shapes: denials, claims under
// a verb of saying, one-sided shootings, verbs the parser misreads, associates from another clause.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processText } from "../../process.js";
import { processRecords } from "../../testing/process-doc.js";

const recordsOf = (text: string) => processRecords(text, "2024-10-14");

const actorsOf = (text: string) =>
  recordsOf(text).flatMap((r) => [r.actor1, r.actor2, ...r.assoc_actor_1, ...r.assoc_actor_2]);

describe("events: denials name no actor", () => {
  it("a group that denies involvement after the attack is not its target", () => {
    assert.ok(
      !actorsOf("A roadside bomb hit an army convoy in Kunduz on Sunday. The Taliban denied involvement.").includes(
        "Taliban",
      ),
    );
  });
  it("'denied responsibility' joined to the attack's sentence names no actor", () => {
    const text = "A roadside bomb hit an army convoy in Kunduz on Sunday, and the Taliban denied responsibility.";
    assert.ok(!actorsOf(text).includes("Taliban"));
  });
  it("a denial that names the attack makes its subject no attacker: 'denied carrying out the bombing'", () => {
    const [bombing] = recordsOf(
      "Al-Shabaab denied carrying out the bombing in Mogadishu on Sunday that killed 12 people.",
    );
    assert.notEqual(bombing.actor1, "Al Shabaab");
  });
  it("a group named as the attacker in another sentence stays the attacker after it denies a claim", () => {
    const [attack] = recordsOf(
      "Taliban fighters attacked a checkpoint in Kunduz on Sunday, killing two soldiers. The Taliban denied that civilians were killed.",
    );
    assert.equal(attack.actor1, "Taliban");
  });
  describe("negative cases", () => {
    it("a claim is not a denial: 'claimed responsibility' still names the attacker", () => {
      const [bombing] = recordsOf(
        "A car bomb killed six people in Kismayo on Sunday. Al-Shabaab claimed responsibility for the attack.",
      );
      assert.equal(bombing.actor1, "Al Shabaab");
    });
  });
});

describe("events: a group that says its own force did an attack claims it", () => {
  it("'said its fighters carried out the attack' after the attack names the attacker", () => {
    const [bombing] = recordsOf(
      "A car bomb killed six people in Kismayo on Sunday. Al-Shabaab said its fighters carried out the attack.",
    );
    assert.equal(bombing.actor1, "Al Shabaab");
  });
  it("'said it was behind the attack' after the attack names the attacker", () => {
    const [bombing] = recordsOf(
      "A car bomb killed six people in Kismayo on Sunday. Al-Shabaab said it was behind the attack.",
    );
    assert.equal(bombing.actor1, "Al Shabaab");
  });
  describe("negative cases", () => {
    it("a speaker investigating the attack claims nothing", () => {
      const [bombing] = recordsOf(
        "A car bomb killed six people in Kismayo on Sunday. Police said they were investigating the attack.",
      );
      // No claimant: the bombing keeps the unidentified armed group its type implies, never the police.
      assert.equal(bombing.actor1, "Unidentified Armed Group (Somalia)");
      assert.equal(bombing.evidence.actor1, undefined);
    });
  });
});

describe("events: each mention's civilian victims are evidence of actor 2", () => {
  it("the man killed in a later sentence of the incident is evidence beside the counted people", () => {
    const [attack] = recordsOf(
      "Gunmen killed four people at a market in Gao on Sunday. In the same attack, a man was shot dead at his door.",
    );
    assert.match(String(attack.actor2), /^Civilians/);
    const result = processText(
      "Gunmen killed four people at a market in Gao on Sunday. In the same attack, a man was shot dead at his door.",
      { published: "2024-10-14" },
    );
    assert.ok("doc" in result);
    const words = result.doc.events.flatMap(
      (e) => e.actor2?.evidence.map((s) => result.doc.text.slice(s.start, s.end)) ?? [],
    );
    assert.ok(words.includes("man"), words.join("|"));
  });
});

describe("events: one-sided shootings are attacks on civilians", () => {
  it("gunmen opening fire at a wedding party is an Attack on civilians, not an armed clash", () => {
    const records = recordsOf(
      "Gunmen opened fire at a wedding party in the village of Maro in Mali on Saturday, killing seven guests, police said.",
    );
    assert.ok(records.length > 0);
    for (const r of records) assert.equal(r.sub_event_type, "Attack");
    assert.match(String(records[0].actor2), /^Civilians/);
  });
  it("gunmen opening fire at a market is an Attack", () => {
    const [shooting] = recordsOf("Gunmen opened fire at a market in Gao on Sunday.");
    assert.equal(shooting.sub_event_type, "Attack");
  });
  describe("negative cases", () => {
    it("opening fire on an army patrol is an armed clash", () => {
      const [shooting] = recordsOf("Gunmen opened fire on an army patrol near Gao on Sunday, killing two soldiers.");
      assert.equal(shooting.sub_event_type, "Armed clash");
    });
  });
});

describe("events: verbs the parser misreads", () => {
  it("'shot dead' read as a noun keeps its subject and its object", () => {
    const [killing] = recordsOf("Soldiers shot dead three villagers in Gao on Sunday.");
    assert.equal(killing.actor1, "Military Forces of Mali");
    assert.equal(killing.actor2, "Civilians (Mali)");
  });
  it("the trigger under a misread 'allied' takes that verb's subject as its own", () => {
    const [attack] = recordsOf(
      "Militia fighters allied with the army attacked the village of Maro near Gao on Sunday.",
    );
    assert.match(String(attack.actor1), /^Unidentified Armed Group/);
  });
});

describe("events: associated actors come from the main actor's clause", () => {
  it("the group that launched a drone in a clause after the air strikes is no associate of the coalition", () => {
    const records = recordsOf(
      "ADEN, Oct. 14 (Wire) - The Saudi-led coalition carried out air strikes on Houthi military sites around Sanaa on Sunday, hours after the Iran-aligned group launched an explosive-laden drone at Abha airport, the coalition said.\n\nThe drone attack wounded eight people, according to a coalition statement. The Houthis said in a statement that they had targeted a military hangar at the airport.",
    );
    const strike = records.find((r) => r.sub_event_type === "Air/drone strike");
    assert.ok(strike);
    assert.ok(!strike.assoc_actor_1.includes("Houthis"));
    // "The Houthis said ... they had targeted a hangar" tells an act of theirs anew: no claim of the strike.
    assert.equal(strike.actor2, "Houthis");
  });
  describe("negative cases", () => {
    it("two actors joined in one clause are actor and associate", () => {
      const [strike] = recordsOf(
        "The United States and France carried out air strikes on Islamic State positions near Raqqa on Sunday.",
      );
      assert.deepEqual(
        [strike.actor1, ...strike.assoc_actor_1],
        ["Military Forces of the United States", "Military Forces of France"],
      );
    });
  });
});

describe("events: the noun a name owns is evidence of the actor", () => {
  it("'the IRA's Derry brigade had detonated': the brigade is the IRA's evidence too", () => {
    const result = processText("By Sunday evening, the IRA's Derry brigade had detonated three bombs in the town.", {
      published: "2024-10-14",
    });
    assert.ok("doc" in result);
    const [bombing] = result.doc.events;
    const words = bombing.actor1?.evidence.map((s) => result.doc.text.slice(s.start, s.end)) ?? [];
    assert.equal(bombing.actor1?.value.name, "IRA");
    assert.ok(words.includes("brigade"), words.join("|"));
  });
});

describe("events: partisans who use force are rioters", () => {
  it("'supporters of rival parties fought with machetes': the supporters are rioters, not nobody", () => {
    const records = recordsOf("Supporters of rival parties fought with machetes in Kisumu on Saturday.");
    assert.ok(
      records.some((r) => r.actor1 === "Rioters (Kenya)"),
      JSON.stringify(records.map((r) => r.actor1)),
    );
  });
  it("'youths attacked a police station': the youths are rioters", () => {
    const [attack] = recordsOf("Youths attacked a police station in Kisumu on Saturday, burning two vehicles.");
    assert.equal(attack?.actor1, "Rioters (Kenya)");
  });
  describe("negative cases", () => {
    it("supporters who are hit are not rioters", () => {
      const records = recordsOf("Gunmen killed three supporters of the ruling party in Kisumu on Saturday.");
      assert.ok(records.every((r) => r.actor2 !== "Rioters (Kenya)" && r.actor1 !== "Rioters (Kenya)"));
    });
    it("supporters who march peacefully stay protesters", () => {
      const [march] = recordsOf("Supporters of the opposition marched through Nairobi on Tuesday.");
      assert.equal(march?.actor1, "Protesters (Kenya)");
    });
  });
});
