import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

/** The bundled sample (`public/sample`): a copy of the real usekarma/aws-config repository. */
export const sampleDir = fileURLToPath(new URL("../../public/sample/", import.meta.url));
/** Files kept beside the end-to-end tests. */
const fixturesDir = fileURLToPath(new URL("../fixtures/", import.meta.url));

/** The bundled sample as the file map `window.karma.loadFiles` takes. */
export function readSample(): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files[relative(sampleDir, path).split("\\").join("/")] = readFileSync(path, "utf8");
    }
  };
  walk(sampleDir);
  return files;
}

/** One file of the bundled sample, by its repository path. */
export function readSampleFile(path: string): string {
  return readFileSync(join(sampleDir, path), "utf8");
}

/** One file kept in `e2e/fixtures`. */
export function readFixture(name: string): string {
  return readFileSync(join(fixturesDir, name), "utf8");
}
