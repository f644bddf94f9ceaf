import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  root: "app",
  publicDir: "../public",
  plugins: [react()],
  build: {
    outDir: "../dist",
    emptyOutDir: true,
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
