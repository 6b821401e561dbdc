import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../config/projectRoot";

/** The SDL: every schema/*.graphql file, in name order. It is the API's single source. */
export function loadTypeDefs(dir = path.join(projectRoot(), "schema")): string {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".graphql"))
    .sort()
    .map((name) => `# ${name}\n${readFileSync(path.join(dir, name), "utf8")}`)
    .join("\n");
}
