// The real gazetteer, entity, places and events lexicons for tests that call stage helpers directly, opened once per test
// process (the gazetteer reads its index on the first lookup). A test that needs other places can pass its own.
import { type EntityLexicons, loadEntityLexicons } from "../stages/entities/entity-lexicons.js";
import { type EventLexicons, loadEventLexicons } from "../stages/events/event-lexicons.js";
import { loadPlacesLexicons, type PlacesLexicons } from "../stages/places/places-lexicons.js";
import { type Gazetteer, openGazetteer } from "../text/gazetteer/gazetteer.js";

let gazetteer: Gazetteer | undefined;
let entityLexicons: EntityLexicons | undefined;
let placesLexicons: PlacesLexicons | undefined;
let eventLexicons: EventLexicons | undefined;

export function testGazetteer(): Gazetteer {
  gazetteer ??= openGazetteer();
  return gazetteer;
}

export function testEntityLexicons(): EntityLexicons {
  entityLexicons ??= loadEntityLexicons(testGazetteer());
  return entityLexicons;
}

export function testPlacesLexicons(): PlacesLexicons {
  placesLexicons ??= loadPlacesLexicons();
  return placesLexicons;
}

export function testEventLexicons(): EventLexicons {
  eventLexicons ??= loadEventLexicons();
  return eventLexicons;
}
