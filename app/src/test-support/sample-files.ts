import type { FileMap } from "@karma/core";

// the bundled sample (a copy of the real aws-config repository), read through Vite so app tests need no Node types
const texts = import.meta.glob("../../../public/sample/**/*", {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

const prefix = "../../../public/sample/";

/** A fresh copy of the sample repository as a file map. */
export function sampleFiles(): FileMap {
  const files: FileMap = {};
  for (const [path, text] of Object.entries(texts)) files[path.slice(prefix.length)] = text;
  return files;
}
