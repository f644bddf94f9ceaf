import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { FileMap } from "../src/json.ts";

/** The bundled sample (`public/sample`): a copy of the real usekarma/aws-config repository. */
export const sampleDir = fileURLToPath(new URL("../../../public/sample", import.meta.url));
const fixturesDir = fileURLToPath(new URL("./fixtures", import.meta.url));

/** Reads the bundled sample repository into a file map, as the CLI would. Tests only. */
export function readFixture(): FileMap {
  const files: FileMap = {};
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir)) {
      const full = join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else files[relative(sampleDir, full).split(sep).join("/")] = readFileSync(full, "utf8");
    }
  };
  walk(sampleDir);
  return files;
}

/** A single file kept beside the tests in `packages/core/test/fixtures`. */
export function readFixtureFile(name: string): string {
  return readFileSync(join(fixturesDir, name), "utf8");
}
