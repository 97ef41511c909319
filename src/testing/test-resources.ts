// The real gazetteer and known names for tests that call stage helpers directly, opened once per test
// process (the gazetteer reads its index on the first lookup). A test that needs other places can pass its own.
import { type KnownNames, loadKnownNames } from "../stages/entities/known-names.js";
import { type Gazetteer, openGazetteer } from "../text/gazetteer/gazetteer.js";

let gazetteer: Gazetteer | undefined;
let knownNames: KnownNames | undefined;

export function testGazetteer(): Gazetteer {
  gazetteer ??= openGazetteer();
  return gazetteer;
}

export function testKnownNames(): KnownNames {
  knownNames ??= loadKnownNames(testGazetteer());
  return knownNames;
}
