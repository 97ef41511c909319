// Each casualty count comes from the words about its own kind of casualty (issue 18, numbers attached to
// the wrong thing). Invented sentences of each shape.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createNumberFinder } from "./index.js";
import { loadNumberLexicons } from "./number-lexicons.js";

const findNumbers = createNumberFinder(loadNumberLexicons());

function casualtiesIn(text: string): [string, string, number, number | null][] {
  return findNumbers(text)
    .filter((n) => n.label === "KILLED" || n.label === "INJURED")
    .map((n) => [text.slice(n.start, n.end), n.label, n.data!.best, n.data!.high]);
}

describe("numbers: casualty counts read their own words", () => {
  it("'killed nine villagers and wounded four others': nine dead, four wounded, never nine wounded", () => {
    assert.deepEqual(casualtiesIn("Bandits killed nine herders and wounded four others near the well."), [
      ["killed nine", "KILLED", 9, 9],
      ["wounded four", "INJURED", 4, 4],
    ]);
  });

  it("phrasal verbs of killing count their object: 'shot dead two men', 'gunned down a farmer'", () => {
    assert.deepEqual(casualtiesIn("Police shot dead two men and gunmen gunned down a farmer."), [
      ["shot dead two", "KILLED", 2, 2],
      ["gunned down a", "KILLED", 1, 1],
    ]);
  });

  it("an amount right after a casualty verb stays that verb's, whatever follows it", () => {
    assert.deepEqual(casualtiesIn("The blast that killed 14 people wounded 30 more."), [
      ["killed 14", "KILLED", 14, 14],
      ["wounded 30", "INJURED", 30, 30],
    ]);
  });

  it("a distance after the verb is no toll: 'were killed 30 km from the border' counts five", () => {
    assert.deepEqual(casualtiesIn("Five guards were killed 30 km from the border."), [
      ["Five guards were killed", "KILLED", 5, 5],
    ]);
  });

  it("a count at the end of its clause: 'killed 12 and injured 30.'", () => {
    assert.deepEqual(casualtiesIn("Clashes killed 12 and injured 30."), [
      ["killed 12", "KILLED", 12, 12],
      ["injured 30", "INJURED", 30, 30],
    ]);
  });

  it("'106 protesters in 21 cities were injured' counts 106 protesters, not 21 cities", () => {
    assert.deepEqual(casualtiesIn("At least 106 protesters in 21 cities were injured as police charged."), [
      ["At least 106 protesters in 21 cities were injured", "INJURED", 106, null],
    ]);
  });

  it("'some 40 residents of two villages were killed' is 40", () => {
    assert.deepEqual(casualtiesIn("Some 40 residents of two villages were killed."), [
      ["Some 40 residents of two villages were killed", "KILLED", 40, 40],
    ]);
  });

  it("'an estimated 40' and 'a further 12' are 40 and 12, not one", () => {
    assert.deepEqual(casualtiesIn("An estimated 40 people were killed, and the shelling killed a further 12 people."), [
      ["An estimated 40 people were killed", "KILLED", 40, 40],
      ["killed a further 12", "KILLED", 12, 12],
    ]);
  });

  it("a toll the preposition introduces stays a toll: 'resulting in 12 Iraqis killed', 'in 5 dead'", () => {
    assert.deepEqual(casualtiesIn("The raid resulted in 12 Iraqis killed."), [["12 Iraqis killed", "KILLED", 12, 12]]);
    assert.deepEqual(casualtiesIn("The clashes resulted in 5 dead."), [["5 dead", "KILLED", 5, 5]]);
  });

  it("'left 10 people wounded' is ten wounded, not ten dead", () => {
    assert.deepEqual(casualtiesIn("The blast left 10 people wounded."), [["10 people wounded", "INJURED", 10, 10]]);
  });

  it("people taken to hospital, hospitalised or treated for wounds are the injured", () => {
    assert.deepEqual(casualtiesIn("Three nurses were taken to hospital after the raid."), [
      ["Three nurses were taken to hospital", "INJURED", 3, 3],
    ]);
    assert.deepEqual(casualtiesIn("Two guards were hospitalised."), [
      ["Two guards were hospitalised", "INJURED", 2, 2],
    ]);
    assert.deepEqual(casualtiesIn("At least six traders were treated for gunshot wounds."), [
      ["At least six traders were treated for gunshot wounds", "INJURED", 6, null],
    ]);
  });

  it("'N people were killed and M taken to hospital' splits into N dead and M injured", () => {
    assert.deepEqual(casualtiesIn("Seven people were killed and 15 rushed to a nearby hospital."), [
      ["Seven people were killed", "KILLED", 7, 7],
      ["15 rushed to a nearby hospital", "INJURED", 15, 15],
    ]);
    assert.deepEqual(casualtiesIn("Four herders were killed and nine others wounded."), [
      ["Four herders were killed", "KILLED", 4, 4],
      ["nine others wounded", "INJURED", 9, 9],
    ]);
  });

  it("'the death toll from Friday's blast rose to 23' is a revised count of 23 dead", () => {
    const found = findNumbers("The death toll from Friday's blast at a bus station in Jos rose to 23 on Sunday.");
    const toll = found.find((n) => n.label === "KILLED");
    assert.equal(toll?.data?.best, 23);
    assert.equal(toll?.data?.revised, true);
    assert.deepEqual(casualtiesIn("The number of dead has climbed to 40."), [
      ["number of dead has climbed to 40", "KILLED", 40, 40],
    ]);
  });

  it("a toll whose subject names the incident's day, kind, site and town at length is still revised", () => {
    const found = findNumbers(
      "The death toll from Friday's car bombing at a busy fruit and vegetable market in the southern border town of Jos in Nigeria has risen to 23, officials said.",
    );
    const toll = found.find((n) => n.label === "KILLED");
    assert.equal(toll?.data?.best, 23);
    assert.equal(toll?.data?.revised, true);
  });

  describe("negative cases", () => {
    it("a death toll with no new number is no count: 'which hit a market', 'is not known'", () => {
      assert.deepEqual(casualtiesIn("The death toll from the attack, which hit a market, is not yet known."), []);
    });

    it("a count of attacks or weapons before 'killed' is no toll: 'Three separate attacks killed 19' is 19", () => {
      assert.deepEqual(casualtiesIn("Three separate attacks killed 19 people."), [["killed 19", "KILLED", 19, 19]]);
      assert.deepEqual(casualtiesIn("Two mortar shells killed four children."), [["killed four", "KILLED", 4, 4]]);
    });

    it("'two of the wounded died' counts neither the wounded nor a toll", () => {
      assert.deepEqual(casualtiesIn("Two of the wounded died overnight."), []);
    });

    it("bodies taken to hospital are no wounded", () => {
      assert.deepEqual(casualtiesIn("Eleven bodies were taken to the main hospital."), []);
    });

    it("counts of the arrested, of protesters and of distances are no tolls", () => {
      const text = "Police arrested 40 protesters after 2,000 protesters marched 5 km, and 30 were detained.";
      assert.deepEqual(casualtiesIn(text), []);
    });

    it("'abducted nine villagers and wounded four': the abducted are not the wounded", () => {
      assert.deepEqual(casualtiesIn("Gunmen abducted nine villagers and wounded four others."), [
        ["wounded four", "INJURED", 4, 4],
      ]);
    });

    it("'left 10 families homeless' counts no casualty", () => {
      assert.deepEqual(casualtiesIn("The fire left 10 families homeless."), []);
    });

    it("'attacks on 3 villages killed 20 people' counts 20 dead, not 3", () => {
      assert.deepEqual(casualtiesIn("Attacks on 3 villages killed 20 people."), [["killed 20", "KILLED", 20, 20]]);
    });

    it("one count of the killed and wounded together is no count of either", () => {
      assert.deepEqual(casualtiesIn("Thirty people were killed or wounded in the blast."), []);
      assert.deepEqual(casualtiesIn("The shelling ended, killing and wounding 40 people."), []);
    });

    it("an article is no count: 'a total of 12 people were killed' is 12", () => {
      assert.deepEqual(casualtiesIn("A total of 12 people were killed."), [
        ["12 people were killed", "KILLED", 12, 12],
      ]);
    });
  });
  it("verbs of killing that take the dead as object count them: 'massacred 40', 'executing 12'", () => {
    assert.deepEqual(casualtiesIn("Militiamen massacred 40 villagers near the river."), [
      ["massacred 40", "KILLED", 40, 40],
    ]);
    assert.deepEqual(casualtiesIn("The junta was accused of executing 12 prisoners."), [
      ["executing 12", "KILLED", 12, 12],
    ]);
  });

  it("a noun of killing counts the dead of its 'of' phrase: 'the massacre of 30 farmers'", () => {
    assert.deepEqual(casualtiesIn("Residents mourned the massacre of 30 farmers in the valley."), [
      ["massacre of 30", "KILLED", 30, 30],
    ]);
    assert.deepEqual(casualtiesIn("Rights groups condemned the killing of two journalists."), [
      ["killing of two", "KILLED", 2, 2],
    ]);
  });

  it("a count of things after a killing word is no toll: 'executed three raids'", () => {
    assert.deepEqual(casualtiesIn("The commandos executed three raids on the camp."), []);
    assert.deepEqual(casualtiesIn("Gunmen killed 12 in three attacks on farms."), [["killed 12", "KILLED", 12, 12]]);
  });
});

describe("numbers: the counted noun of an active relative clause did the killing", () => {
  it("'a shot that killed off their hopes' counts no dead", () => {
    assert.deepEqual(casualtiesIn("He scored with a shot that killed off their hopes of a draw."), []);
  });

  it("'a blast that killed 14 people' counts the 14, not the blast", () => {
    assert.deepEqual(casualtiesIn("It was a blast that killed 14 people."), [["killed 14", "KILLED", 14, 14]]);
  });

  it("'two soldiers who died' and 'three people who were killed' still count the dead", () => {
    assert.deepEqual(casualtiesIn("They buried two soldiers who died on Monday."), [
      ["two soldiers who died", "KILLED", 2, 2],
    ]);
    assert.deepEqual(casualtiesIn("They named three people who were killed."), [
      ["three people who were killed", "KILLED", 3, 3],
    ]);
  });
});
