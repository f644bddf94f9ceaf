import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

/** /work/shared/fixtures, from this file at e2e/support. */
export const fixturesDir = fileURLToPath(new URL("../../../shared/fixtures/", import.meta.url));

/** A fixture repository as the file map `window.karma.loadFiles` takes. */
export function readRepository(name: string): Record<string, string> {
  const root = join(fixturesDir, name);
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files[relative(root, path).split("\\").join("/")] = readFileSync(path, "utf8");
    }
  };
  walk(root);
  return files;
}

export function readFixture(name: string): string {
  return readFileSync(join(fixturesDir, name), "utf8");
}
