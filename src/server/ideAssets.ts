import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
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

/** Every file under `file` (itself if a file), as absolute paths, in name order. */
function filesUnder(file: string): string[] {
  if (!statSync(file).isDirectory()) return [file];
  return readdirSync(file)
    .sort()
    .flatMap((entry) => filesUnder(path.join(file, entry)));
}

/**
 * What the build is made from: the content of every file of IDE_SOURCES (ide/: pages, their
 * operations and generated types, the Vite configuration; the pure modules of src/ they import)
 * and the lock file (the libraries bundled). By content, not dates: a checkout or a pull that
 * leaves them as they were rebuilds nothing.
 */
export function ideSourcesFingerprint(root = projectRoot()): string {
  const hash = createHash("sha256");
  for (const file of [
    ...IDE_SOURCES.flatMap((source) => filesUnder(path.join(root, source))),
    path.join(root, "package-lock.json"),
  ]) {
    hash.update(path.relative(root, file)).update("\0").update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex");
}

const FINGERPRINT_FILE = ".sources-fingerprint";

/** The newest modification time of the files of IDE_SOURCES. */
function newestSourceMtime(root = projectRoot()): number {
  let newest = 0;
  for (const source of IDE_SOURCES)
    for (const file of filesUnder(path.join(root, source)))
      newest = Math.max(newest, statSync(file).mtimeMs);
  return newest;
}

/** True when dist/ide was built from the sources as they are now. */
export function ideBuildIsCurrent(fingerprint = ideSourcesFingerprint()): boolean {
  const ide = ideAssets();
  if (!ide.built) return false;
  const file = path.join(ide.dir, FINGERPRINT_FILE);
  if (existsSync(file)) return readFileSync(file, "utf8").trim() === fingerprint;
  // Built by npm run build:ide itself, which records no fingerprint: current if newer than its sources.
  const current = statSync(ide.indexHtml).mtimeMs >= newestSourceMtime();
  if (current) writeFileSync(file, `${fingerprint}\n`);
  return current;
}

/**
 * Builds GraphiQL and the explorer (npm run build:ide) unless dist/ide was built from the
 * sources as they are; true when built. Quietly: Vite says only what goes wrong (warnings and
 * errors), not the hundred assets it wrote; `report` is told when it starts and how long it took.
 * Asynchronous, so that other work (Neo4j's start) goes on while Vite builds.
 */
export async function ensureIdeBuilt(
  report: { building(): void; built(seconds: number): void } = {
    building: () => console.log("building GraphiQL and the explorer (npm run build:ide)..."),
    built: (seconds) => console.log(`built in ${seconds.toFixed(1)}s`),
  },
): Promise<boolean> {
  const fingerprint = ideSourcesFingerprint();
  if (ideBuildIsCurrent(fingerprint)) return true;
  report.building();
  const started = performance.now();
  const build = spawn("npm", ["run", "-s", "build:ide", "--", "--logLevel", "warn"], {
    stdio: "inherit",
    cwd: projectRoot(),
    // A production build whoever calls: Jest sets NODE_ENV=test, with which Vite would bundle
    // React's development build (larger and slower) into pages the tests then measure.
    env: { ...process.env, NODE_ENV: "production" },
  });
  const status = await new Promise<number | null>((resolve) => {
    build.on("error", () => resolve(null));
    build.on("close", (code) => resolve(code));
  });
  if (status !== 0) return false;
  writeFileSync(path.join(ideAssets().dir, FINGERPRINT_FILE), `${fingerprint}\n`);
  report.built((performance.now() - started) / 1000);
  return true;
}
