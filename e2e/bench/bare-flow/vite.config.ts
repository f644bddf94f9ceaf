import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/**
 * A bare React Flow page, the reference the app benchmark compares Karma's open times with
 * (e2e/bench/bare-flow-bench.ts builds and serves it). Built outside app/ and dist/.
 */
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "./",
  publicDir: false,
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL("../../../node_modules/.cache/karma-bare-flow", import.meta.url)),
    emptyOutDir: true,
  },
  preview: {
    host: "127.0.0.1",
  },
});
