// A trigger read as a predicate with its arguments. A verb trigger is the predicate; an event noun is one
// with arguments of its own ("Turkey's bombing of the militias", "Israeli strikes on Gaza") and, when it
// is the object or subject of a verb, that verb's too ("gunmen carried out an attack", "two bombings
// killed 48"). Each argument phrase is an anchor with a role: agent (who acted) or patient (who was hit).
import { spansOf } from "../../doc.js";
import {
  caseOf,
  childrenOf,
  headOf,
  headTokenOf,
  isClausal,
  isNominal,
  type ParseTree,
  relationOf,
  uposOf,
  wordOf,
} from "./parse-tree.js";
import { leadingSubjectOf } from "./read-leading-subject.js";
import {
  borrowedSubjectOf,
  doubledSubjectOf,
  lostSubjectOf,
  misreadClauseOf,
  predicateTokenOf,
  stateObjectOf,
  takesVerbArguments,
} from "./read-misparsed-verb.js";
import { SPEECH } from "./speech-verbs.js";

export type Role = "agent" | "patient";

export type Predicate = {
  /** The trigger's own token. */
  token: number;
  /** The verb an event noun is an argument of ("carried out" in "carried out an attack"), or -1. */
  governor: number;
  /** Argument tokens and their roles: a phrase's head token stands for the whole phrase. */
  anchors: Map<number, Role>;
};

// Prepositions that mark who acted or who was hit, after a verb or an event noun (UD `case`).
const AGENT_CASES = new Set(["by"]);
const PATIENT_CASES = new Set(["against", "on", "upon", "at", "targeting", "into"]);
// "The bombing of the militias": after an event noun, "of" marks what was hit.
const NOUN_PATIENT_CASES = new Set([...PATIENT_CASES, "of"]);
// "Clashes between X and Y": the two sides of a fight.
const BETWEEN = "between";
// "killed in / during / amid clashes between ...": what the verb happened in.
const SETTING_CASES = new Set(["in", "during", "amid", "amidst"]);
// Verbs whose subject is the one it happened to ("three soldiers died", "the convoy came under fire", "the
// army lost four soldiers", "the city has faced / endured / weathered months of shelling").
const UNDERGOER_VERBS =
  /^(?:die[sd]?|dying|los(?:e|es|t|ing)|surviv(?:e|es|ed|ing)|escap(?:e|es|ed|ing)|suffer(?:s|ed|ing)?|c[ao]me|comes|coming|perish(?:ed|es)?|fac(?:e|es|ed|ing)|endur(?:e|es|ed|ing)|weather(?:s|ed|ing)?|sustain(?:s|ed|ing)?)$/;
// Verbs of fending off an attack ("soldiers repelled an attack by militants"): their subject is the side
// attacked. Only as the verb of an event noun: "soldiers repelled the militants" names no attack.
const DEFENDING_VERBS = /^(?:repel(?:s|led|ling)?|repuls(?:e|es|ed|ing)|withst(?:and|ands|ood|anding))$/;
// "fighters of the ELN attacked", "gunmen from a faction of the cartel": the group the agent belongs to acts
// with it, unlike the "on" of "strikes on Gaza killed 12".
const MEMBER_CASES = new Set(["of", "from"]);
// "gunmen believed to belong to the cartel", "fighters linked to ISIS", "militiamen loyal to the general":
// the group a verb or adjective of belonging attaches to the agent acts with it, as "of" does above.
const BELONGING_WORDS = /^(?:belong(?:s|ed|ing)?|linked|affiliated|tied|loyal|allied)$/;
const BELONGING_CASES = new Set(["to", "with"]);
const LOCATIVE_CASES = new Set(["in", "near", "inside", "within", "across", "outside", "around", "throughout"]);
const POSSESSIVE = new Set(["'s", "'", "s"]);
// Words of a plain noun phrase ("the Malian army").
const PHRASE_UPOS = /^(?:DET|ADJ|NOUN|PROPN|NUM)$/;
// "Tribal fighters clashed with troops" parsed as a noun phrase with "clashed" its participle: verbs that
// take no object have no passive, so their participle is never a reduced passive ("the men killed"), and
// the noun it hangs on is the one that fought.
const INTRANSITIVE_FIGHT_VERBS = /^(?:clash(?:ed|ing)?|skirmish(?:ed|ing)?)$/;
const STRAY_SUBJECT_RELATIONS = new Set(["obl:unmarked", "dep"]);

export function readPredicate(tree: ParseTree, trigger: { start: number; end: number }): Predicate | null {
  const token = predicateTokenOf(tree, trigger);
  if (token < 0) return null;
  const anchors = new Map<number, Role>();
  // A noun with an object is a verb the tagger misread ("Soldiers shot dead three villagers").
  const stateObject = stateObjectOf(tree, token, trigger);
  const isNoun = isNominal(tree, token) && !takesVerbArguments(tree, token) && stateObject < 0;
  // "shot dead two protesters": the ones the state word describes were hit, however the parse hangs them.
  if (stateObject >= 0) anchors.set(stateObject, "patient");
  if (isNoun) addNounArguments(tree, token, anchors);
  else addVerbArguments(tree, token, anchors);
  const governor = isNoun ? governingVerb(tree, token) : -1;
  if (governor >= 0) addGovernorArguments(tree, token, governor, anchors);
  if (!isNoun) addAntecedent(tree, token, anchors);
  addLeadingSubject(tree, token, isNoun ? governor : token, anchors);
  return { token, governor, anchors };
}

/**
 * "NIAMEY (Wire) - Suspected jihadists on motorbikes killed ...": a verb the parse left with no subject takes
 * the noun phrase its clause opens with (read-leading-subject.ts).
 */
function addLeadingSubject(tree: ParseTree, trigger: number, verb: number, anchors: Map<number, Role>) {
  if (verb < 0 || [...anchors.values()].includes("agent")) return;
  const subject = leadingSubjectOf(tree, verb);
  // "The explosion targeted a market": an event noun that opens the clause is the event, not who did it.
  if (subject >= 0 && subject !== trigger && !anchors.has(subject))
    anchors.set(subject, UNDERGOER_VERBS.test(wordOf(tree, verb)) ? "patient" : "agent");
}

function addVerbArguments(tree: ParseTree, verb: number, anchors: Map<number, Role>) {
  const isUndergoer = UNDERGOER_VERBS.test(wordOf(tree, verb));
  for (const child of childrenOf(tree, verb)) {
    const relation = misreadObliqueOf(tree, child);
    if (relation === "nsubj" && anchors.has(child)) continue;
    if (relation === "nsubj") anchors.set(child, isUndergoer ? "patient" : "agent");
    else if (relation === "nsubj:pass" || relation === "obj" || relation === "iobj") {
      anchors.set(child, "patient");
      if (relation === "obj") addObjectsTarget(tree, child, anchors);
    } else if (relation.startsWith("obl") && caseOf(tree, child) === BETWEEN) addSides(tree, child, anchors);
    else if (relation.startsWith("obl")) {
      setByCase(tree, child, PATIENT_CASES, anchors);
      addSettingSides(tree, child, anchors);
    }
  }
  addConjunctSettingSides(tree, verb, anchors);
  const misread = misreadClauseOf(tree, verb);
  if (misread) {
    anchors.set(misread.subject, isUndergoer ? "patient" : "agent");
    anchors.set(misread.object, "patient");
  }
  const stray = straySubject(tree, verb);
  if (stray >= 0) anchors.set(stray, isUndergoer ? "patient" : "agent");
  const lost = stray < 0 && ![...anchors.values()].includes("agent") ? lostSubjectOf(tree, verb) : -1;
  if (lost >= 0 && !anchors.has(lost)) anchors.set(lost, isUndergoer ? "patient" : "agent");
  // A verb of saying's subject is the speaker ("officials said"), never the one a clause under it is about.
  const borrowed = borrowedSubjectOf(tree, verb);
  if (borrowed && !anchors.has(borrowed.subject) && !SPEECH.test(wordOf(tree, headOf(tree, verb))))
    anchors.set(borrowed.subject, borrowed.isPassive || isUndergoer ? "patient" : "agent");
  const doubled = [...anchors.values()].includes("agent") ? -1 : doubledSubjectOf(tree, verb);
  if (doubled >= 0 && !anchors.has(doubled)) anchors.set(doubled, isUndergoer ? "patient" : "agent");
  // "militants stormed the village and killed 12": the second verb shares the first one's subject, or
  // the noun the first one acts for ("gunmen at the market opened fire and detonated", see addAntecedent).
  if (relationOf(tree, verb) === "conj" && ![...anchors.values()].includes("agent")) {
    const first = headOf(tree, verb);
    for (const child of childrenOf(tree, first))
      if (relationOf(tree, child) === "nsubj" && !anchors.has(child)) anchors.set(child, "agent");
    if (isActiveModifier(tree, first) && !anchors.has(headOf(tree, first))) anchors.set(headOf(tree, first), "agent");
  }
}

/**
 * "opened fire on them", "fired shots at the crowd": the parse hangs who was hit on the verb's object, which
 * says only how; the object stays an anchor (first in text order), and a reader passes over it when it names
 * no actor.
 */
function addObjectsTarget(tree: ParseTree, object: number, anchors: Map<number, Role>) {
  for (const phrase of childrenOf(tree, object))
    if (relationOf(tree, phrase).startsWith("nmod") && !anchors.has(phrase))
      setByCase(tree, phrase, PATIENT_CASES, anchors);
}

/**
 * "Separately, on Monday, soldiers clashed with ...": after fronted adverbials the parser may hang the
 * subject on the verb as a bare noun modifier (`obl:unmarked`, `dep`) instead of `nsubj`. A verb with no
 * subject of its own takes the nearest such noun before it that no preposition introduces.
 */
function straySubject(tree: ParseTree, verb: number): number {
  const children = childrenOf(tree, verb);
  const isSubject = (c: number) => misreadObliqueOf(tree, c).startsWith("nsubj") || relationOf(tree, c) === "expl";
  if (children.some(isSubject)) return -1;
  const bare = children.filter(
    (c) =>
      c < verb && isNominal(tree, c) && STRAY_SUBJECT_RELATIONS.has(relationOf(tree, c)) && caseOf(tree, c) === null,
  );
  return bare.length > 0 ? bare[bare.length - 1] : -1;
}

/**
 * "Gunmen who stormed the village on Sunday killed six" parsed with "Sunday" the subject and "Gunmen" a bare
 * noun: a subject that a preposition introduces, or a date, is no subject but a phrase of time or place.
 */
function misreadObliqueOf(tree: ParseTree, child: number): string {
  const relation = relationOf(tree, child);
  return relation.startsWith("nsubj") && (caseOf(tree, child) !== null || isInDate(tree, child)) ? "obl" : relation;
}

/**
 * A verb hung under a noun as a plain `acl` that has an object of its own acts for that noun: a parse of
 * "the gunmen at the market opened fire" that took the subject's preposition for the end of a noun
 * phrase. A reduced passive ("the soldiers killed in the raid") has no object.
 */
function isActiveModifier(tree: ParseTree, verb: number): boolean {
  return relationOf(tree, verb) === "acl" && childrenOf(tree, verb).some((c) => relationOf(tree, c) === "obj");
}

function addNounArguments(tree: ParseTree, noun: number, anchors: Map<number, Role>) {
  for (const child of childrenOf(tree, noun)) {
    const relation = relationOf(tree, child);
    // "attacks directed against US forces", "strikes carried out by Turkey": a participle describing the
    // event noun carries its target and its agent.
    if (relation === "acl" && uposOf(tree, child) === "VERB")
      for (const argument of childrenOf(tree, child))
        if (relationOf(tree, argument).startsWith("obl")) setByCase(tree, argument, PATIENT_CASES, anchors);
    // "Turkey's air strikes", "Israeli strikes", "Taliban attack": who carried them out.
    if (relation === "nmod:poss" || relation === "amod" || relation === "compound") anchors.set(child, "agent");
    else if (relation.startsWith("nmod") && caseOf(tree, child) === BETWEEN) addSides(tree, child, anchors);
    else if (relation.startsWith("nmod")) {
      setByCase(tree, child, NOUN_PATIENT_CASES, anchors);
      // "the massacre of villagers by soldiers": the parser often hangs the "by" phrase under the patient.
      if (caseOf(tree, child) === "of")
        for (const agent of childrenOf(tree, child))
          if (relationOf(tree, agent).startsWith("nmod") && AGENT_CASES.has(caseOf(tree, agent) ?? ""))
            anchors.set(agent, "agent");
    }
  }
}

/**
 * "clashes between the army and the rebels": two sides, neither marked as the one attacked. ACLED lists the
 * sides of a battle in the order the report gives them: the first is actor 1, a conjunct of it actor 2.
 */
function addSides(tree: ParseTree, first: number, anchors: Map<number, Role>) {
  anchors.set(first, "agent");
  const others = childrenOf(tree, first).filter((c) => relationOf(tree, c) === "conj");
  for (const other of others) anchors.set(other, "patient");
  const stray = others.length === 0 ? strayOtherSide(tree, first) : -1;
  if (stray >= 0 && !anchors.has(stray)) anchors.set(stray, "patient");
}

/**
 * "clashes between Tuareg fighters and the Malian army left 15 dead": the parser may read "and" as joining
 * a new clause, making the second side the subject of the verb after it. The noun phrase right after the
 * "and" that follows the first side is then the second side: its head is its last nominal word.
 */
function strayOtherSide(tree: ParseTree, first: number): number {
  const and = first + 1;
  if (and >= tree.tokens.length || wordOf(tree, and).toLowerCase() !== "and" || uposOf(tree, and) !== "CCONJ")
    return -1;
  let head = -1;
  for (let i = and + 1; i < tree.tokens.length && PHRASE_UPOS.test(uposOf(tree, i)); i++)
    if (isNominal(tree, i)) head = i;
  return head;
}

/**
 * "a soldier was killed in clashes between troops and militants": the sides of the fight a verb happened
 * in are its sides too. Only a phrase that says what the verb happened in or during.
 */
function addSettingSides(tree: ParseTree, phrase: number, anchors: Map<number, Role>) {
  if (!SETTING_CASES.has(caseOf(tree, phrase) ?? "")) return;
  const sides = childrenOf(tree, phrase).find(
    (c) => relationOf(tree, c).startsWith("nmod") && caseOf(tree, c) === BETWEEN,
  );
  if (sides !== undefined && !anchors.has(sides)) addSides(tree, sides, anchors);
}

/**
 * "a farmer was killed and three others were wounded in a battle between soldiers and militants": the parse hangs the
 * shared setting on the last conjunct, but the first verb happened in it too.
 */
function addConjunctSettingSides(tree: ParseTree, verb: number, anchors: Map<number, Role>) {
  if ([...anchors.values()].includes("agent")) return;
  for (const conjunct of childrenOf(tree, verb))
    if (relationOf(tree, conjunct) === "conj" && uposOf(tree, conjunct) === "VERB")
      for (const phrase of childrenOf(tree, conjunct))
        if (relationOf(tree, phrase).startsWith("obl")) addSettingSides(tree, phrase, anchors);
}

function setByCase(tree: ParseTree, child: number, patientCases: ReadonlySet<string>, anchors: Map<number, Role>) {
  const marker = caseOf(tree, child);
  if (marker && AGENT_CASES.has(marker)) anchors.set(child, "agent");
  else if (marker && patientCases.has(marker) && !isInDate(tree, child)) anchors.set(child, "patient");
}

/** "on Friday", "at dawn": the dates layer's words say when, never who was hit. */
function isInDate(tree: ParseTree, token: number): boolean {
  const { start, end } = tree.tokens[token];
  return spansOf(tree.doc, "dates").some((d) => d.start <= start && end <= d.end);
}

/** "carried out an attack" (object), "the attack was carried out" / "two bombings killed" (subject). */
function governingVerb(tree: ParseTree, noun: number): number {
  // "opened fire on protesters": the "on" phrase hangs on the verb's object, which says only how.
  const phraseHead = headOf(tree, noun);
  const isOnObject =
    relationOf(tree, noun).startsWith("nmod") &&
    PATIENT_CASES.has(caseOf(tree, noun) ?? "") &&
    phraseHead >= 0 &&
    relationOf(tree, phraseHead) === "obj";
  const head = isOnObject ? headOf(tree, phraseHead) : phraseHead;
  if (isOnObject && head >= 0 && uposOf(tree, head) === "VERB" && !SPEECH.test(wordOf(tree, head))) return head;
  // "Biden said a rocket attack ... would be answered" parsed with the attack as the object of "said":
  // the speaker does not carry out what he speaks of.
  if (head < 0 || uposOf(tree, head) !== "VERB" || SPEECH.test(wordOf(tree, head))) return settingVerbOf(tree, noun);
  if (/^(?:obj|nsubj|nsubj:pass)$/.test(relationOf(tree, noun)) || isPatientPhrase(tree, noun)) return head;
  return settingVerbOf(tree, noun);
}

/**
 * "militants killed four soldiers in an ambush": an act the verb did to its counted object in or during the
 * event is the event's, so the verb's subject carried it out. Only an active verb whose object is counted
 * people or things, as a toll is: "traders fled their stalls during the attack" and "police fired tear gas
 * during the protest" name no attacker. The parser often hangs the phrase on the object ("soldiers in an
 * ambush"); the verb is then the object's head.
 */
function settingVerbOf(tree: ParseTree, noun: number): number {
  if (!SETTING_CASES.has(caseOf(tree, noun) ?? "") || isInDate(tree, noun)) return -1;
  const head = headOf(tree, noun);
  const relation = relationOf(tree, noun);
  const verb = relation.startsWith("obl")
    ? head
    : relation.startsWith("nmod") && relationOf(tree, head) === "obj"
      ? headOf(tree, head)
      : -1;
  const isCounted = (object: number) =>
    relationOf(tree, object) === "obj" && childrenOf(tree, object).some((c) => relationOf(tree, c) === "nummod");
  const isActOnCounted = verb >= 0 && uposOf(tree, verb) === "VERB" && childrenOf(tree, verb).some(isCounted);
  return isActOnCounted && !SPEECH.test(wordOf(tree, verb)) ? verb : -1;
}

function isSettingPhrase(tree: ParseTree, noun: number): boolean {
  return SETTING_CASES.has(caseOf(tree, noun) ?? "") && !/^(?:obj|nsubj)/.test(relationOf(tree, noun));
}

/** "opened fire on protesters", "fired tear gas at demonstrators": an event noun the verb acts on. */
function isPatientPhrase(tree: ParseTree, noun: number): boolean {
  return (
    /^(?:obl|nmod)/.test(relationOf(tree, noun)) && PATIENT_CASES.has(caseOf(tree, noun) ?? "") && !isInDate(tree, noun)
  );
}

function addGovernorArguments(tree: ParseTree, noun: number, verb: number, anchors: Map<number, Role>) {
  const nounRelation = relationOf(tree, noun);
  for (const child of childrenOf(tree, verb)) {
    if (child === noun) continue;
    const relation = relationOf(tree, child);
    const marker = relation.startsWith("obl") ? caseOf(tree, child) : null;
    // "Maduro survived an attack": the subject of an undergoer verb is the one attacked.
    const isSetting = isSettingPhrase(tree, noun);
    if ((nounRelation === "obj" || isPatientPhrase(tree, noun) || isSetting) && relation === "nsubj")
      anchors.set(child, isUndergoerOfNoun(wordOf(tree, verb)) ? "patient" : "agent");
    else if ((nounRelation === "nsubj" || isSetting) && relation === "obj") anchors.set(child, "patient");
    else if (marker && AGENT_CASES.has(marker)) anchors.set(child, "agent");
    else if (marker && PATIENT_CASES.has(marker) && !isInDate(tree, child)) anchors.set(child, "patient");
  }
  // "Nigerian troops on Sunday repulsed an attack" parsed with the verb under "troops": they are its subject.
  const subject = headOf(tree, verb);
  if (nounRelation === "obj" && isActiveModifier(tree, verb) && !anchors.has(subject))
    anchors.set(subject, isUndergoerOfNoun(wordOf(tree, verb)) ? "patient" : "agent");
}

function isUndergoerOfNoun(verb: string): boolean {
  return UNDERGOER_VERBS.test(verb) || DEFENDING_VERBS.test(verb);
}

/**
 * "fighters who attacked the base": a relative clause's verb acts for the noun it modifies, and "the
 * soldiers killed in the raid" (a reduced passive) happened to it.
 */
function addAntecedent(tree: ParseTree, verb: number, anchors: Map<number, Role>) {
  const relation = relationOf(tree, verb);
  const antecedent = headOf(tree, verb);
  if (antecedent < 0 || !relation.startsWith("acl")) return;
  if (isActiveModifier(tree, verb) || INTRANSITIVE_FIGHT_VERBS.test(wordOf(tree, verb))) {
    anchors.set(antecedent, "agent");
  } else if (relation === "acl:relcl") {
    const subject = childrenOf(tree, verb).find(
      (c) => relationOf(tree, c).startsWith("nsubj") && uposOf(tree, c) === "PRON",
    );
    if (subject !== undefined)
      anchors.set(antecedent, relationOf(tree, subject) === "nsubj:pass" ? "patient" : "agent");
  } else if (/(?:ed|en)$/.test(wordOf(tree, verb))) {
    anchors.set(antecedent, "patient");
  }
}

/**
 * The role of a phrase (an actor's name) in the predicate: climb from its head token through the
 * phrase's own relations (modifiers, possessors, appositions, conjuncts) to an anchor. Crossing into
 * another clause means the name belongs to something else: no role; after "in", "near" it is a place.
 * Null when the span was not parsed.
 */
export function roleOfSpan(
  tree: ParseTree,
  predicate: Predicate,
  span: { start: number; end: number },
): Role | "none" | "place" | null {
  let token = headTokenOf(tree, span);
  if (token < 0) return null;
  // "the bombing of the militias by Turkey's air force": a "by" phrase the parser hung under the patient
  // still names the agent.
  let isMarkedAgent = false;
  let isMarkedOther = false;
  let isBelonging = false;
  for (let hops = 0; token >= 0 && hops < 8; hops++) {
    const role = predicate.anchors.get(token);
    // "strikes on Gaza killed 12": what follows a preposition inside the agent's phrase is not the agent.
    if (role) return isMarkedAgent ? "agent" : role === "agent" && isMarkedOther ? "none" : role;
    if (isBelonging && hasAgentSubject(tree, predicate, token)) return "agent";
    if (isBelongingPhrase(tree, token)) {
      isBelonging = true;
      token = headOf(tree, token);
      continue;
    }
    const marker = caseOf(tree, token) ?? "";
    // "a rocket attack on the coalition in Erbil, Iraq": a name after "in" is where, not who.
    if (LOCATIVE_CASES.has(marker) && !isMarkedAgent) return "place";
    isMarkedAgent ||= AGENT_CASES.has(marker);
    isMarkedOther ||= marker !== "" && !AGENT_CASES.has(marker) && !POSSESSIVE.has(marker) && !MEMBER_CASES.has(marker);
    // "killed in an attack by militants": the one who attacked is the agent of the killing too.
    if (token === predicate.token || token === predicate.governor) return isMarkedAgent ? "agent" : "none";
    // A belonging clause hangs on the agent it describes ("gunmen believed to belong to X").
    if (isClausal(relationOf(tree, token)) && !(isBelonging && isDescribingClause(relationOf(tree, token))))
      return "none";
    token = headOf(tree, token);
  }
  return "none";
}

/** "to the cartel" of "belong to the cartel", "with ISIS" of "affiliated with ISIS". */
function isBelongingPhrase(tree: ParseTree, token: number): boolean {
  const head = headOf(tree, token);
  return (
    head >= 0 &&
    BELONGING_CASES.has(caseOf(tree, token) ?? "") &&
    BELONGING_WORDS.test(wordOf(tree, head).toLowerCase())
  );
}

/** The relations that join a belonging clause to what it describes: its complement chain and participle. */
function isDescribingClause(relation: string): boolean {
  return relation === "xcomp" || relation === "acl";
}

/**
 * "Gunmen believed to belong to X killed eight" parsed with "believed" the main verb and "killed" its
 * conjunct: the clause whose subject is the predicate's agent says what that agent belongs to.
 */
function hasAgentSubject(tree: ParseTree, predicate: Predicate, verb: number): boolean {
  return childrenOf(tree, verb).some((c) => relationOf(tree, c) === "nsubj" && predicate.anchors.get(c) === "agent");
}

export function hasRole(predicate: Predicate, role: Role): boolean {
  return [...predicate.anchors.values()].includes(role);
}
