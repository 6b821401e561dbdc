import { chmodSync, lstatSync, mkdirSync, readdirSync } from "node:fs";
import path from "node:path";

/** Folders of a local instance: its owner's only. */
export const PRIVATE_DIR = 0o700;
/** Files of a local instance: its owner's only. */
export const PRIVATE_FILE = 0o600;
/** What Neo4j and neo4j-admin run with, so that what they create is private too. */
export const PRIVATE_UMASK = 0o077;

/** Creates the folder (and its missing parents) if need be, and makes it the owner's only. */
export function makePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR });
  chmodSync(dir, PRIVATE_DIR);
}

/**
 * Makes every folder under `root` 700 and every file 600 (symbolic links are left alone, and
 * not followed): for an instance created before its files were private.
 */
export function makePrivateTree(root: string): void {
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    const full = path.join(root, entry.name);
    if (entry.isDirectory()) {
      chmodSync(full, PRIVATE_DIR);
      makePrivateTree(full);
    } else if (entry.isFile() && (lstatSync(full).mode & 0o7777) !== PRIVATE_FILE) {
      chmodSync(full, PRIVATE_FILE);
    }
  }
}
