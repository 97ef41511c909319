// Entry point: `sitrep` (bin/sitrep.js runs the built copy; tests run this file through tsx).
import { main } from "./main.js";

await main(process.argv);
