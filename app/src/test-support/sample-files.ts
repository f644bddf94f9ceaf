import type { FileMap } from "@karma/core";

// the real aws-config repository, read through Vite so app tests need no Node types
const texts = import.meta.glob("../../../../shared/fixtures/aws-config/**/*", {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

const prefix = "../../../../shared/fixtures/aws-config/";

/** A fresh copy of the sample repository as a file map. */
export function sampleFiles(): FileMap {
  const files: FileMap = {};
  for (const [path, text] of Object.entries(texts)) files[path.slice(prefix.length)] = text;
  return files;
}
