#!/usr/bin/env node
// `karma` from a checkout: runs the TypeScript sources through tsx, so no build step is needed.
// The installed package runs a plain JavaScript bundle instead (scripts/package.mjs).
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/main.ts");
const { checkoutInstallation } = await import("../src/checkout-installation.ts");
const { ignoreClosedPipe } = await import("../src/closed-pipe.ts");
ignoreClosedPipe(process.stdout);
ignoreClosedPipe(process.stderr);
process.exitCode = await main(
  process.argv.slice(2),
  { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() },
  checkoutInstallation(),
);
