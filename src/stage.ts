// What a stage is, apart from the order they run in (pipeline.ts): stages import this file, never the
// pipeline, so no stage depends on the list of all the others.
import type { Doc, Layer } from "./doc.js";

/** One step Doc -> Doc: reads the layers it needs, adds the layers it makes (checked by buildPipeline). */
export type Stage = {
  name: string;
  needs: Layer[];
  makes: Layer[];
  run(doc: Doc): Doc;
};
