import { execFileSync } from "node:child_process";
import os from "node:os";
import type { Driver } from "neo4j-driver";
import { projectRoot } from "../src/config/projectRoot";

export interface MachineInfo {
  cpuModel: string;
  cores: number;
  memoryBytes: number;
  os: string;
  node: string;
  neo4j: string;
  gitCommit: string;
  /** Uncommitted changes in the work tree when the bench ran. */
  gitDirty: boolean;
}

function git(...args: string[]): string {
  try {
    return execFileSync("git", args, { cwd: projectRoot(), encoding: "utf8" }).trim();
  } catch {
    return "";
  }
}

/**
 * The commit, and whether the work tree differs from it: read as the bench starts, since what it
 * runs is what it loaded then.
 */
export function gitRevision(): { gitCommit: string; gitDirty: boolean } {
  return {
    gitCommit: git("rev-parse", "HEAD") || "unknown",
    gitDirty: git("status", "--porcelain", "--untracked-files=no") !== "",
  };
}

/** Where the figures come from: they mean little without the machine and the commit. */
export async function machineInfo(
  driver: Driver,
  database: string,
  revision: { gitCommit: string; gitDirty: boolean },
): Promise<MachineInfo> {
  const { records } = await driver.executeQuery(
    "CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition",
    {},
    { database },
  );
  const neo4j = records
    .map((r) => `${String(r.get("name"))} ${String(r.get("version"))} ${String(r.get("edition"))}`)
    .join(", ");
  return {
    cpuModel: os.cpus()[0]?.model.trim() ?? "unknown",
    cores: os.cpus().length,
    memoryBytes: os.totalmem(),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    neo4j,
    ...revision,
  };
}
