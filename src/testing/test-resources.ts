// The real gazetteer and entity lexicons for tests that call stage helpers directly, opened once per test
// process (the gazetteer reads its index on the first lookup). A test that needs other places can pass its own.
import { type EntityLexicons, loadEntityLexicons } from "../stages/entities/entity-lexicons.js";
import { type Gazetteer, openGazetteer } from "../text/gazetteer/gazetteer.js";

let gazetteer: Gazetteer | undefined;
let entityLexicons: EntityLexicons | undefined;

export function testGazetteer(): Gazetteer {
  gazetteer ??= openGazetteer();
  return gazetteer;
}

export function testEntityLexicons(): EntityLexicons {
  entityLexicons ??= loadEntityLexicons(testGazetteer());
  return entityLexicons;
}
