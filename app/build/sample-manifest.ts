import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { Plugin } from "vite";

/**
 * Serves and emits `sample/manifest.json`: the list of the bundled sample's files, which the app
 * fetches one by one. Generated, so `public/sample` stays an exact copy of the real repository.
 */
export function sampleManifest(sampleDir: string): Plugin {
  const manifest = () => `${JSON.stringify({ files: listFiles(sampleDir) }, null, 2)}\n`;
  return {
    name: "karma-sample-manifest",
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (request.url?.split("?")[0] !== `${server.config.base}sample/manifest.json`)
          return next();
        response.setHeader("Content-Type", "application/json");
        response.end(manifest());
      });
    },
    generateBundle() {
      this.emitFile({ type: "asset", fileName: "sample/manifest.json", source: manifest() });
    },
  };
}

function listFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) files.push(relative(root, path).split(sep).join("/"));
    }
  };
  walk(root);
  return files.sort();
}
