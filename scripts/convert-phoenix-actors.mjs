// Converts the PETRARCH2/Phoenix actor dictionaries (MIT, Open Event Data Alliance; in
// ../shared/eval/petrarch2-dictionaries/) into sitrep lexicon files:
//   lexicon/actors/phoenix-milnonstate.tsv   non-state armed groups (name, aliases, ACLED inter, country)
//   lexicon/names/phoenix-people.tsv         people named in the Countries and International dictionaries
//   lexicon/names/phoenix-organizations.tsv  international organisations, companies, NGOs, state institutions
// Run: node scripts/convert-phoenix-actors.mjs [dictionary dir]
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const ISO3 = new Set(createRequire(import.meta.url)("world-countries").map((c) => c.cca3));

const dir = process.argv[2] ?? join(import.meta.dirname, "..", "..", "shared", "eval", "petrarch2-dictionaries");
const root = join(import.meta.dirname, "..");
const HEADER = (what) => [
  `# ${what}`,
  "# Converted by scripts/convert-phoenix-actors.mjs from the PETRARCH2 / Phoenix actor dictionaries",
  "# (Copyright (c) 2014 Open Event Data Alliance, MIT licence; names derived partly from START TOPS and",
  "# CountryInfo). Names are title-cased from the dictionaries' UPPER_CASE_WITH_UNDERSCORES form.",
];
const ORG_WORD =
  /\b(MINISTRY|DEPARTMENT|PARTY|ARMY|NAVY|AIR_FORCE|FORCES?|POLICE|COUNCIL|COMMITTEE|COMMISSION|BANK|UNIVERSITY|AGENCY|ORGANI[SZ]ATION|ASSOCIATION|UNION|FRONT|MOVEMENT|COURT|PARLIAMENT|ASSEMBLY|GOVERNMENT|FUND|CORP|COMPANY|INSTITUTE|FEDERATION|LEAGUE|OFFICE|GUARD|SERVICE|BRIGADES?)\b/;

/** Entries of a TABARI .actors file: a head line, its "+" aliases, and the codes in brackets. */
function readEntries(file) {
  const entries = [];
  let current = null;
  for (const raw of readFileSync(join(dir, file), "utf8").split("\n")) {
    const [body, ...comment] = raw.split("#");
    const line = body.replace(/\s+$/, "");
    if (!line.trim()) continue;
    const codes = [...line.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1].trim());
    const name = line.replace(/\[[^\]]*\]/g, "").trim();
    if (/^\S/.test(line) && !line.startsWith("+")) {
      current = { name, aliases: [], codes, comment: comment.join("#") };
      entries.push(current);
    } else if (current) {
      if (name.replace(/^\+/, "")) current.aliases.push(name.replace(/^\+/, ""));
      current.codes.push(...codes);
      current.comment += comment.join("#");
    }
  }
  return entries.filter((e) => e.name);
}

function titleCase(raw) {
  const words = raw
    .replace(/\([^)]*\)/g, " ")
    .replace(/_/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .split(" ");
  if (words.length === 1 && /^[A-Z.&]{2,6}$/.test(words[0])) return words[0]; // an acronym: UNDP, IAEA
  return words.map((w, i) => casedWord(w, i)).join(" ");
}

/** "AL-SHUHADA" -> "al-Shuhada" inside a name, "KATA'IB" -> "Kata'ib", "O'NEILL" -> "O'Neill", "II" -> "II". */
function casedWord(word, index) {
  if (/^(I|II|III|IV|VI|UK|US|UN|EU)$/.test(word)) return word;
  if (index > 0 && /^(OF|THE|AND|FOR|IN|AL|EL|DE|DU|BIN|VAN|DER)$/.test(word)) return word.toLowerCase();
  return word.toLowerCase().replace(/(^|[-. ]|\b\p{L}['’])(\p{L})/gu, (_, a, b) => a + b.toUpperCase());
}

function countryOf(codes) {
  const code = codes.find((c) => /^[A-Z]{3}/.test(c));
  return code && ISO3.has(code.slice(0, 3)) ? code.slice(0, 3) : "";
}

const isPerson = (e) => e.codes.some((c) => /\d{6}|[<>]\d/.test(c)) || /CountryInfo|rulers/i.test(e.comment);
const isUsable = (name) => name.length >= 4 && /^[\p{L}][\p{L} .'’-]*$/u.test(name);

function writeMilNonState() {
  const rows = readEntries("Phoenix.MilNonState.actors.txt").map((e) => {
    const name = titleCase(e.name);
    const aliases = [...new Set(e.aliases.map(titleCase))].filter((a) => a !== name && isUsable(a) && a.includes(" "));
    return [name, aliases.join("|"), "2", countryOf(e.codes)].join("\t");
  });
  const header = [
    ...HEADER("Non-state armed groups (Phoenix MilNonState): rebel and militant groups, ACLED inter 2 by default."),
    '# Only multi-word aliases are kept: the dictionary\'s short ones ("FRONT") match ordinary words.',
    "name\taliases\tinter\tcountry",
  ];
  writeFileSync(
    join(root, "lexicon", "actors", "phoenix-milnonstate.tsv"),
    [...header, ...new Set(rows.filter((r) => isUsable(r.split("\t")[0])))].join("\n") + "\n",
  );
  return rows.length;
}

function writePeopleAndOrganizations() {
  const people = new Map();
  const orgs = new Map();
  for (const file of ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt"]) {
    for (const e of readEntries(file)) {
      const names = [e.name, ...e.aliases].filter((n) => !/[,:/]/.test(n));
      const country = countryOf(e.codes);
      const person = isPerson(e);
      for (const raw of names) {
        const name = titleCase(raw);
        if (!isUsable(name) && !/^[A-Z]{3,6}$/.test(name)) continue;
        if (person && name.includes(" ") && !ORG_WORD.test(raw)) people.set(name, country);
        else if (!person && (file.includes("International") || ORG_WORD.test(raw.toUpperCase())))
          orgs.set(name, country);
      }
    }
  }
  const table = (map) => [...map].sort().map(([n, c]) => `${n}\t${c}`);
  writeFileSync(
    join(root, "lexicon", "names", "phoenix-people.tsv"),
    [
      ...HEADER("People (leaders, officials) with the country they serve, as the Phoenix dictionaries code them."),
      "name\tcountry",
      ...table(people),
    ].join("\n") + "\n",
  );
  writeFileSync(
    join(root, "lexicon", "names", "phoenix-organizations.tsv"),
    [
      ...HEADER(
        "Organisations: international bodies, NGOs, companies, state institutions (Phoenix Countries + International).",
      ),
      "name\tcountry",
      ...table(orgs),
    ].join("\n") + "\n",
  );
  return [people.size, orgs.size];
}

// Agents: generic nouns for kinds of actor ("militia", "riot police", "insurgent") with a CAMEO sector
// code; ACLED inter follows from the sector. !PERSON! expands to man/men/woman/women/person.
const SECTOR_INTER = {
  MIL: 1,
  COP: 1,
  SPY: 1,
  GOV: 1,
  REB: 2,
  INS: 2,
  UAF: 3,
  CVL: 7,
  REF: 7,
  AGR: 7,
  EDU: 7,
  MED: 7,
  LAB: 7,
  HLH: 7,
  BUS: 7,
};

function writeAgents() {
  const rows = new Map();
  for (const raw of readFileSync(join(dir, "Phoenix.agents.txt"), "utf8").split("\n")) {
    const m = /^([A-Z][A-Z_'!-]*?)\s*(?:\{[^}]*\}\s*)?\[~([A-Z]{3})/.exec(raw.trim());
    if (!m) continue;
    const inter = SECTOR_INTER[m[2]] ?? "";
    for (const phrase of expandPerson(m[1])) {
      const agent = phrase.replace(/_+$/, "").replace(/_/g, " ").toLowerCase().trim();
      if (agent && !rows.has(agent)) rows.set(agent, `${agent}\t${m[2]}\t${inter}`);
    }
  }
  const header = [
    ...HEADER(
      "Agents: generic nouns for kinds of actor with their CAMEO sector code and the ACLED inter it implies (1 state forces, 2 rebels, 3 militias, 7 civilians; blank when none).",
    ),
    "agent\tsector\tinter",
  ];
  writeFileSync(
    join(root, "lexicon", "actors", "phoenix-agents.tsv"),
    [...header, ...[...rows.values()].sort()].join("\n") + "\n",
  );
  return rows.size;
}

function expandPerson(phrase) {
  if (!phrase.includes("!PERSON!")) return [phrase.replace(/!/g, "")];
  return ["MAN", "MEN", "WOMAN", "WOMEN", "PERSON", "PEOPLE"].map((p) => phrase.replace("!PERSON!", p));
}

console.log("milnonstate", writeMilNonState(), "people/orgs", writePeopleAndOrganizations(), "agents", writeAgents());
