// Makes `npx sitrep` work inside the project. package.json has no "bin" on purpose: npm 11 installs a
// project that names its own bin into the npx cache (a stale copy, built again) instead of running it; a
// plain link in node_modules/.bin is run as it is. npm links the bins of dependencies into node_modules/.bin,
// not the project's own, and npx would otherwise install a copy of the project to run it.
import { chmodSync, existsSync, mkdirSync, rmSync, symlinkSync } from "node:fs";
import { join } from "node:path";

const binDir = join("node_modules", ".bin");
const link = join(binDir, "sitrep");
mkdirSync(binDir, { recursive: true });
if (existsSync(link)) rmSync(link);
symlinkSync(join("..", "..", "bin", "sitrep.js"), link);
chmodSync(join("bin", "sitrep.js"), 0o755);
