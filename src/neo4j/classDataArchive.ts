import { createHash } from "node:crypto";
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import type { JavaRuntime } from "./javaRuntime";
import type { Neo4jDistribution } from "./neo4jDistribution";

/**
 * Neo4j's JVM loads some 16,000 classes before Bolt answers, each parsed and verified anew at
 * every start. A dynamic class-data archive (AppCDS; JDK 13 on, `-XX:ArchiveClassesAtExit`)
 * keeps them parsed and verified in a file that later JVMs map: a third less CPU to start.
 * The first start of an assembly writes it when that JVM exits (a clean stop); every start
 * after maps it. It belongs to one assembly (its jars, their order and dates) and one JVM
 * build, so it lives in the assembly's folder under the JVM's build. A JVM that cannot use it
 * (another build, a changed jar) says so in its log and starts without it (`-Xshare:auto`).
 */
export interface ClassDataArchive {
  /** The archive later starts map. */
  file: string;
  /** Where a JVM of this instance writes it at exit; moved to `file` after a clean stop. */
  partial: string;
}

export function classDataArchive(
  dist: Neo4jDistribution,
  java: JavaRuntime,
  instanceHome: string,
): ClassDataArchive {
  const build = java.build.replace(/[^\w.+-]+/g, "_");
  // One partial per instance folder: two instances stopping together write two files.
  const instance = createHash("sha256").update(instanceHome).digest("hex").slice(0, 8);
  const dir = path.join(dist.dir, "class-data");
  return {
    file: path.join(dir, `${build}.jsa`),
    partial: path.join(dir, `${build}.${instance}.partial`),
  };
}

/** The JVM options of a start: map the archive, or write it at exit when there is none yet. */
export function archiveOptions(archive: ClassDataArchive): { options: string[]; writes: boolean } {
  // Its notes (classes it cannot archive, thousands of lines) are not the console log's business.
  const quiet = "-Xlog:cds=error,cds+dynamic=error";
  if (existsSync(archive.file)) {
    return {
      options: [`-XX:SharedArchiveFile=${archive.file}`, "-Xshare:auto", quiet],
      writes: false,
    };
  }
  mkdirSync(path.dirname(archive.partial), { recursive: true });
  rmSync(archive.partial, { force: true });
  return { options: [`-XX:ArchiveClassesAtExit=${archive.partial}`, quiet], writes: true };
}

/**
 * After the JVM that wrote it exited of its own accord: the archive is complete, and becomes
 * the one later starts map (unless another instance's got there first). A JVM killed while
 * writing leaves a partial that is deleted here, as is the one of a JVM that was killed.
 */
export function keepArchive(archive: ClassDataArchive, exitedCleanly: boolean): boolean {
  const written = existsSync(archive.partial) && statSync(archive.partial).size > 0;
  if (exitedCleanly && written && !existsSync(archive.file)) {
    renameSync(archive.partial, archive.file);
    return true;
  }
  rmSync(archive.partial, { force: true });
  return false;
}
