import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../config/projectRoot";
import { IDE_SOURCES } from "./ideSources";

export interface IdeAssets {
  /** dist/ide: both pages and their shared assets (assets/, with .br and .gz beside each). */
  dir: string;
  /** GraphiQL's page. */
  indexHtml: string;
  /** The explorer's page (every route under /explore). */
  exploreHtml: string;
  /** The pages' icon under a fixed name (also hashed in assets/, where the pages link it). */
  favicon: string;
  /** Both pages are built. */
  built: boolean;
}

/** The browser pages built by npm run build:ide (GraphiQL and the explorer): where, and if built. */
export function ideAssets(): IdeAssets {
  const dir = path.join(projectRoot(), "dist", "ide");
  const indexHtml = path.join(dir, "index.html");
  const exploreHtml = path.join(dir, "explore", "index.html");
  return {
    dir,
    indexHtml,
    exploreHtml,
    favicon: path.join(dir, "favicon.svg"),
    built: existsSync(indexHtml) && existsSync(exploreHtml),
  };
}

/** The newest modification time of a file, or of the files under a folder. */
function newestMtime(file: string): number {
  if (!statSync(file).isDirectory()) return statSync(file).mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(file))
    newest = Math.max(newest, newestMtime(path.join(file, entry)));
  return newest;
}

/**
 * Builds GraphiQL and the explorer (npm run build:ide) when dist/ide is missing or older than
 * what it is built from (IDE_SOURCES); true when built.
 */
export function ensureIdeBuilt(report: (line: string) => void = console.log): boolean {
  const ide = ideAssets();
  const newest = Math.max(
    ...IDE_SOURCES.map((source) => newestMtime(path.join(projectRoot(), source))),
  );
  if (ide.built && statSync(ide.indexHtml).mtimeMs >= newest) return true;
  report("building GraphiQL and the explorer (npm run build:ide)...");
  const result = spawnSync("npm", ["run", "-s", "build:ide"], {
    stdio: "inherit",
    cwd: projectRoot(),
    // A production build whoever calls: Jest sets NODE_ENV=test, with which Vite would bundle
    // React's development build (larger and slower) into pages the tests then measure.
    env: { ...process.env, NODE_ENV: "production" },
  });
  return result.status === 0;
}
