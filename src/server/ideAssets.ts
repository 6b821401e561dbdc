import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../config/projectRoot";

/** The built GraphiQL (npm run build:ide): its folder, and its page, if built. */
export function ideAssets(): { dir: string; indexHtml: string; built: boolean } {
  const dir = path.join(projectRoot(), "dist", "ide");
  const indexHtml = path.join(dir, "index.html");
  return { dir, indexHtml, built: existsSync(indexHtml) };
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds GraphiQL (npm run build:ide) when dist/ide is missing or older than ide/; true when built. */
export function ensureIdeBuilt(report: (line: string) => void = console.log): boolean {
  const ide = ideAssets();
  const sources = path.join(projectRoot(), "ide");
  if (ide.built && statSync(ide.indexHtml).mtimeMs >= newestMtime(sources)) return true;
  report("building GraphiQL (npm run build:ide)...");
  const result = spawnSync("npm", ["run", "-s", "build:ide"], {
    stdio: "inherit",
    cwd: projectRoot(),
  });
  return result.status === 0;
}
