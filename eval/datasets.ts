// The gold datasets sitrep is scored on, one file each (folder names under ../shared/eval).
import { dataset as acledEvents } from "./acled-events.js";
import { dataset as articleExtraction } from "./article-extraction.js";
import { dataset as case2021 } from "./case2021-event-types.js";
import { dataset as conll2003 } from "./conll2003.js";
import { dataset as ecbplus } from "./ecbplus.js";
import { dataset as eventRecords } from "./event-records.js";
import { dataset as geoparsing } from "./geoparsing.js";
import { dataset as ploverGsr } from "./plover-gsr.js";
import { dataset as polnear } from "./polnear.js";
import { dataset as rams } from "./rams.js";
import { dataset as tempeval3 } from "./tempeval3.js";
import type { Dataset } from "./types.js";
import { dataset as udEwt } from "./ud-ewt.js";
import { dataset as wikievents } from "./wikievents.js";

export const DATASETS: Dataset[] = [
  articleExtraction, // clean
  case2021, // events: ACLED sub-event types
  ploverGsr, // events: PLOVER types
  tempeval3, // dates
  geoparsing, // places
  conll2003, // entities
  polnear, // quotes
  ecbplus, // merge: cross-document coreference
  wikievents, // events: arguments
  rams, // events: arguments
  eventRecords, // events: whole reports in, event records out, and false alarms (after wikievents and rams: it reuses their pipeline runs)
  udEwt, // syntax: UPOS, UAS, LAS
  acledEvents, // events: ACLED-coded rows (type, actors, place, date, fatalities); skipped without an ACLED export
];
