import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { LocalNeo4jSettings } from "../config/neo4jSettings";
import { makePrivateDir, PRIVATE_FILE } from "./privateFiles";

/** Where the generated password of a local instance is kept (ignored by git, mode 0600). */
export function passwordFile(settings: LocalNeo4jSettings): string {
  return path.join(settings.instanceDir, "password");
}

/** NEO4J_PASSWORD if set; else the instance's generated password, if it has one yet. */
export function readLocalPassword(settings: LocalNeo4jSettings): string | undefined {
  if (settings.password) return settings.password;
  const file = passwordFile(settings);
  return existsSync(file) ? readFileSync(file, "utf8").trim() : undefined;
}

/** The password the instance is (or will be) created with: generated once, then reused. */
export function ensureLocalPassword(settings: LocalNeo4jSettings): string {
  const existing = readLocalPassword(settings);
  if (existing) return existing;
  makePrivateDir(settings.instanceDir);
  const generated = randomBytes(18).toString("base64url");
  writeFileSync(passwordFile(settings), `${generated}\n`, { mode: PRIVATE_FILE });
  return generated;
}
