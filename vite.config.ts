import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  root: "app",
  publicDir: "../public",
  plugins: [react()],
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
