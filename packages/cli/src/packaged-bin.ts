#!/usr/bin/env node
// The entry of the installed package's `karma` executable, bundled by scripts/package.mjs into
// lib/karma.js. The package root holds package.json and the built app (app/).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ignoreClosedPipe } from "./closed-pipe.ts";

const packageRoot = new URL("../", import.meta.url);
const manifest = readFileSync(new URL("package.json", packageRoot), "utf8");
const version = (JSON.parse(manifest) as { version: string }).version;
const args = process.argv.slice(2);
ignoreClosedPipe(process.stdout);
ignoreClosedPipe(process.stderr);

if (args.length === 1 && (args[0] === "--version" || args[0] === "-V")) {
  // answered before the commands load, so a version check costs about a bare node start
  process.stdout.write(`${version}\n`);
} else {
  const { main } = await import("./main.ts");
  const io = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() };
  process.exitCode = await main(args, io, {
    version,
    appDir: fileURLToPath(new URL("app/", packageRoot)),
  });
}
