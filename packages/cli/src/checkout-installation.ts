import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Installation } from "./installation.ts";

/** `karma` run from a checkout (bin/karma.js and the tests): the app is `npm run build`'s dist/. */
export function checkoutInstallation(): Installation {
  const manifest = readFileSync(new URL("../package.json", import.meta.url), "utf8");
  return {
    version: (JSON.parse(manifest) as { version: string }).version,
    appDir: fileURLToPath(new URL("../../../dist", import.meta.url)),
  };
}
