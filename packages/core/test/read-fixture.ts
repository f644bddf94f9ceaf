import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { FileMap } from "../src/json.ts";

/** The shared fixtures folder beside the project (`../shared/fixtures`). Tests only. */
export const fixturesDir = fileURLToPath(new URL("../../../../shared/fixtures", import.meta.url));

/** Reads a fixture repository into a file map, as the CLI would. Tests only. */
export function readFixture(name = "aws-config"): FileMap {
  const root = join(fixturesDir, name);
  const files: FileMap = {};
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir)) {
      const full = join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else files[relative(root, full).split(sep).join("/")] = readFileSync(full, "utf8");
    }
  };
  walk(root);
  return files;
}

export function readFixtureFile(name: string): string {
  return readFileSync(join(fixturesDir, name), "utf8");
}
