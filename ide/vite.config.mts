import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { brotliCompress, constants as zlib, type InputType } from "node:zlib";
import { defineConfig, type Plugin, type Rolldown } from "vite";
import { compression, defineAlgorithm } from "vite-plugin-compression2";

// Builds the browser pages served by the API into dist/ide/: GraphiQL (index.html, served at
// GET /graphql) and the explorer (explore/index.html, served at /explore and every route under
// it). Their assets share dist/ide/assets/ (React is one chunk for both), served at /graphql/ide/,
// so every asset URL is absolute (/graphql/ide/...) whichever page loads it.

/** Drops the "'use client' may not be preserved" notices that React libraries trigger. */
function onwarn(warning: Rolldown.RollupLog, warn: (warning: Rolldown.RollupLog) => void): void {
  if (warning.code === "MODULE_LEVEL_DIRECTIVE") return;
  warn(warning);
}

const page = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The pages' icon (ide/favicon.svg, linked by both and hashed with their assets) also under a
 * name that does not change, dist/ide/favicon.svg, which the server sends for GET /favicon.ico
 * (src/server/browserPages.ts): browsers ask for that wherever a page names no icon.
 */
function faviconUnderFixedName(): Plugin {
  return {
    name: "iss-favicon-under-fixed-name",
    generateBundle() {
      this.emitFile({
        type: "asset",
        fileName: "favicon.svg",
        source: readFileSync(page("favicon.svg")),
      });
    },
  };
}

const brotli = promisify(brotliCompress);
/**
 * Brotli at its best (quality 11) for chunks up to 512 kB (the explorer's among them); quality 9
 * for GraphiQL's larger ones (Monaco, GraphiQL, its CSS): 11 would add some 15 s of build on two
 * cores to save 2 to 9% of files sent once and then cached for a year.
 */
async function brotliBySize(input: InputType): Promise<Buffer> {
  const size = typeof input === "string" ? input.length : input.byteLength;
  return brotli(input, {
    params: {
      [zlib.BROTLI_PARAM_QUALITY]: size > 512 * 1024 ? 9 : 11,
      [zlib.BROTLI_PARAM_SIZE_HINT]: size,
    },
  });
}

export default defineConfig({
  root: page("."),
  base: "/graphql/ide/",
  publicDir: false,
  build: {
    outDir: page("../dist/ide"),
    emptyOutDir: true,
    // Monaco is several MB; that is expected for an IDE served from the API itself.
    chunkSizeWarningLimit: 4096,
    rolldownOptions: {
      onwarn,
      // Its "plugins took significant time" note names the compression plugins below on any busy
      // machine: it asks nothing of whoever starts the server.
      checks: { bundlerTimings: false },
      input: { graphiql: page("index.html"), explore: page("explore/index.html") },
      // Chunks named for what they hold: React and graphql-js (both pages), cytoscape (GraphiQL and
      // the explorer's graph page), rather than after whichever module the bundler met first.
      output: {
        codeSplitting: {
          groups: [
            { name: "react", test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: "graphql", test: /node_modules[\\/]graphql[\\/]/ },
            { name: "cytoscape", test: /node_modules[\\/]cytoscape[\\/]/ },
          ],
        },
      },
    },
  },
  // Monaco's editor, JSON and GraphQL web workers (graphiql/setup-workers/vite) as ES modules.
  worker: { format: "es" },
  plugins: [
    faviconUnderFixedName(),
    // Precompressed beside each asset (.br, .gz): the server sends them as they are, so a page
    // costs no compression work per request (src/server/staticAssets.ts).
    compression({
      algorithms: [defineAlgorithm(brotliBySize, {})],
      filename: "[path][base].br",
      threshold: 1024,
      logLevel: "silent",
    }),
    compression({
      algorithms: [defineAlgorithm("gzip", { level: 9 })],
      threshold: 1024,
      logLevel: "silent",
    }),
  ],
});
