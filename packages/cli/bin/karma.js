#!/usr/bin/env node
// `karma` from a checkout: runs the TypeScript sources through tsx, so no build step is needed.
// The installed package runs a plain JavaScript bundle instead (scripts/package.mjs).
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/main.ts");
const { checkoutInstallation } = await import("../src/checkout-installation.ts");
process.exitCode = await main(
  process.argv.slice(2),
  { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() },
  checkoutInstallation(),
);
