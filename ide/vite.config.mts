import { fileURLToPath } from "node:url";
import { defineConfig, type Rolldown } from "vite";

// Builds the GraphiQL IDE to dist/ide/. The server serves that folder at /graphql/ide/ and
// dist/ide/index.html itself at GET /graphql, so every asset URL is absolute (/graphql/ide/...).

/** Drops the "'use client' may not be preserved" notices that React libraries trigger. */
function onwarn(warning: Rolldown.RollupLog, warn: (warning: Rolldown.RollupLog) => void): void {
  if (warning.code === "MODULE_LEVEL_DIRECTIVE") return;
  warn(warning);
}

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/graphql/ide/",
  publicDir: false,
  build: {
    outDir: fileURLToPath(new URL("../dist/ide", import.meta.url)),
    emptyOutDir: true,
    // Monaco is several MB; that is expected for an IDE served from the API itself.
    chunkSizeWarningLimit: 4096,
    rolldownOptions: { onwarn },
  },
  // Monaco's editor, JSON and GraphQL web workers (graphiql/setup-workers/vite) as ES modules.
  worker: { format: "es" },
});
