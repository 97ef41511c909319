// Builds the gazetteer index at install (`prepare`), so no run pays the build (about 10 s of CPU). It goes to
// the cache dir (src/paths.ts); a failure here only means the first run builds it instead.
const { loadGazetteerIndex, cacheFile } = await import("../dist/src/text/gazetteer/gazetteer.js");
try {
  loadGazetteerIndex();
  process.stdout.write(`sitrep: gazetteer index at ${cacheFile()}\n`);
} catch (error) {
  process.stderr.write(`sitrep: could not build the gazetteer index now (the first run will): ${error.message}\n`);
}
