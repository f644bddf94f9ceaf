// Builds the installable `karma` package: the CLI bundled to plain JavaScript, the built app
// that `karma serve` serves, and nothing to install beside them. `npm run package` runs it; the
// last line it prints is the tarball's path.
import { execFileSync } from "node:child_process";
import { copyFile, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { build as bundle } from "esbuild";
import { build as buildApp } from "vite";

/** The name on the registry: the unscoped `karma` is another, well-known tool. */
const packageName = "@usekarma/karma";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const { values } = parseArgs({ options: { out: { type: "string" } } });
const out = values.out ? resolve(values.out) : join(root, "dist-package");
const stage = join(out, "package");

const cli = JSON.parse(await readFile(join(root, "packages/cli/package.json"), "utf8"));
const project = JSON.parse(await readFile(join(root, "package.json"), "utf8"));

// only the staging folder is emptied: --out may name a folder that holds other things
await rm(stage, { recursive: true, force: true });
await mkdir(stage, { recursive: true });

// every module of the app's bundles, the layout worker's included, for the notices
const appModules = new Set();
const collectModules = {
  name: "karma-collect-modules",
  generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type === "chunk") for (const id of Object.keys(chunk.modules)) appModules.add(id);
    }
  },
};
await buildApp({
  configFile: join(root, "vite.config.ts"),
  logLevel: "warn",
  plugins: [collectModules],
  worker: { plugins: () => [collectModules] },
  build: { outDir: join(stage, "app"), emptyOutDir: true },
});

// the entry answers --version on its own; the commands load as a second chunk
const { metafile } = await bundle({
  entryPoints: { karma: join(root, "packages/cli/src/packaged-bin.ts") },
  outdir: join(stage, "lib"),
  chunkNames: "[name]-[hash]",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20.19",
  // ES module builds first: jsonc-parser's "main" is UMD, whose dynamic requires cannot bundle
  mainFields: ["module", "main"],
  minify: true,
  legalComments: "none",
  metafile: true,
  logLevel: "warning",
});

await writeFile(
  join(stage, "package.json"),
  `${JSON.stringify(
    {
      name: packageName,
      version: cli.version,
      description: project.description,
      keywords: ["infrastructure-as-code", "config", "karma", "terraform", "graph", "lineage"],
      license: project.license,
      type: "module",
      bin: { karma: "lib/karma.js" },
      files: ["lib", "app", "README.md", "LICENSE", "THIRD-PARTY-NOTICES.md"],
      engines: project.engines,
    },
    null,
    2,
  )}\n`,
);
await copyFile(join(root, "packages/cli/README.md"), join(stage, "README.md"));
await copyFile(join(root, "LICENSE"), join(stage, "LICENSE"));
await writeFile(
  join(stage, "THIRD-PARTY-NOTICES.md"),
  `# Third-party notices\n\n${await notices("The CLI (lib/)", Object.keys(metafile.inputs))}\n${await notices("The app (app/)", appModules)}`,
);

const [packed] = JSON.parse(
  execFileSync("npm", ["pack", "--json", "--pack-destination", out], {
    cwd: stage,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  }),
);
const tarball = join(out, packed.filename);
console.log(
  `${packageName}@${cli.version}: ${packed.entryCount} files, ${kib(packed.size)} packed, ${kib(packed.unpackedSize)} unpacked`,
);
console.log(relative(process.cwd(), tarball) || tarball);

/** The licence of every npm package compiled into a bundle, as their terms ask. */
async function notices(what, modules) {
  const names = new Set();
  for (const id of modules) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(id);
    if (match) names.add(match[1]);
  }
  const sections = [];
  for (const name of [...names].sort()) {
    const dir = join(root, "node_modules", name);
    const meta = JSON.parse(await readFile(join(dir, "package.json"), "utf8"));
    const licence = await readLicence(dir);
    const fence = "```";
    sections.push(
      `### ${name} ${meta.version} (${meta.license})\n\n${fence}text\n${licence.trim()}\n${fence}\n`,
    );
  }
  return `## ${what} includes these packages\n\n${sections.join("\n")}`;
}

async function readLicence(dir) {
  for (const file of ["LICENSE", "LICENSE.md", "LICENSE.txt", "license"]) {
    try {
      return await readFile(join(dir, file), "utf8");
    } catch {}
  }
  throw new Error(`no licence file in ${dir}`);
}

function kib(bytes) {
  return `${(bytes / 1024).toFixed(0)} KiB`;
}
