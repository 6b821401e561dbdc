import { readFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../config/projectRoot";

/**
 * The SDL formatted as the repository formats schema/ (prettier, with its .prettierrc.json), so
 * that a generated file passes npm run lint.
 */
export async function formatSdl(sdl: string): Promise<string> {
  // Loaded here only: prettier loads its parsers by dynamic import, which Jest's modules lack.
  const { format } = await import("prettier");
  const options = JSON.parse(readFileSync(path.join(projectRoot(), ".prettierrc.json"), "utf8"));
  return format(sdl, { ...options, parser: "graphql" });
}
