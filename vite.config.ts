import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { sampleManifest } from "./app/build/sample-manifest.ts";

export default defineConfig({
  root: "app",
  publicDir: "../public",
  // relative asset URLs: the build works from any static host, under any path
  base: "./",
  plugins: [react(), sampleManifest(fileURLToPath(new URL("public/sample", import.meta.url)))],
  build: {
    // KARMA_OUT_DIR lets parallel end-to-end runs build side by side
    outDir: process.env.KARMA_OUT_DIR ?? "../dist",
    emptyOutDir: true,
    // elk alone is 1.5 MB minified; it loads in the layout worker, off the main thread
    chunkSizeWarningLimit: 1600,
  },
  worker: {
    format: "es",
  },
  preview: {
    host: "127.0.0.1",
  },
  server: {
    host: "127.0.0.1",
  },
});
