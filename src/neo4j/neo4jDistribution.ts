import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../config/projectRoot";
import { LocalNeo4jError } from "./localNeo4jErrors";

/** The jars of one assembled Neo4j: server (+ Browser), APOC plugins, cypher-shell. */
export interface Neo4jDistribution {
  dir: string;
  lib: string;
  plugins: string;
  shell: string;
}

const PARTS = [
  { pom: "server.pom.xml", folder: "lib", what: "Neo4j server and Browser" },
  { pom: "apoc.pom.xml", folder: "plugins", what: "APOC core" },
  { pom: "cypher-shell.pom.xml", folder: "shell", what: "cypher-shell" },
] as const;

// Pinned so the copy behaves the same on every machine; Maven resolves it from Central.
const DEPENDENCY_PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.8.1";

function descriptorDir(): string {
  return path.join(projectRoot(), "tools", "neo4j");
}

/** The folder for the current descriptors: a change of any pinned version gives a new one. */
export function distributionFor(distRoot: string): Neo4jDistribution {
  const hash = createHash("sha256");
  for (const part of PARTS) {
    // Comments and layout do not change what Maven resolves.
    const pom = readFileSync(path.join(descriptorDir(), part.pom), "utf8");
    hash.update(pom.replace(/<!--[\s\S]*?-->/g, "").replace(/\s+/g, ""));
  }
  const dir = path.join(distRoot, hash.digest("hex").slice(0, 12));
  return {
    dir,
    lib: path.join(dir, "lib"),
    plugins: path.join(dir, "plugins"),
    shell: path.join(dir, "shell"),
  };
}

export function isInstalled(dist: Neo4jDistribution): boolean {
  return existsSync(path.join(dist.dir, "COMPLETE"));
}

type Report = (line: string) => void;

/**
 * Resolves the pinned jars through Maven (cached in ~/.m2) into the distribution folder.
 * A no-op when already assembled, so a warm start downloads nothing.
 */
export async function ensureDistribution(
  distRoot: string,
  report: Report,
): Promise<Neo4jDistribution> {
  const dist = distributionFor(distRoot);
  if (isInstalled(dist)) return dist;
  const mvn = process.env.MAVEN_CMD || "mvn";
  if (spawnSync(mvn, ["-v"], { encoding: "utf8" }).error) {
    throw new LocalNeo4jError(
      "MAVEN_MISSING",
      `Maven (${mvn}) was not found; it assembles Neo4j from Maven Central on the first start. ` +
        "Install it (Debian: apt-get install maven) or set MAVEN_CMD.",
    );
  }
  const staging = `${dist.dir}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const started = Date.now();
  let totalBytes = 0;
  let totalFiles = 0;
  try {
    for (const [index, part] of PARTS.entries()) {
      report(`Assembling ${part.what} from Maven Central (${index + 1}/${PARTS.length})...`);
      const { bytes, files } = await copyDependencies(
        part.pom,
        path.join(staging, part.folder),
        report,
      );
      totalBytes += bytes;
      totalFiles += files;
    }
    writeFileSync(path.join(staging, "COMPLETE"), `${new Date().toISOString()}\n`);
    rmSync(dist.dir, { recursive: true, force: true });
    renameSync(staging, dist.dir);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  report(
    `Neo4j assembled in ${seconds}s: ${totalFiles} files downloaded (${megabytes(totalBytes)}), ` +
      `the rest from the Maven cache.`,
  );
  return dist;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

const SIZE_UNITS: Record<string, number> = { B: 1, kB: 1e3, KB: 1e3, MB: 1e6, GB: 1e9 };

function copyDependencies(
  pom: string,
  outputDirectory: string,
  report: Report,
): Promise<{ bytes: number; files: number }> {
  const mvn = process.env.MAVEN_CMD || "mvn";
  const args = [
    "-B",
    "-f",
    path.join(descriptorDir(), pom),
    `${DEPENDENCY_PLUGIN}:copy-dependencies`,
    `-DoutputDirectory=${outputDirectory}`,
    "-DincludeScope=runtime",
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(mvn, args, { stdio: ["ignore", "pipe", "pipe"] });
    const tail: string[] = [];
    let bytes = 0;
    let files = 0;
    let lastReport = 0;
    let pending = "";
    const onData = (chunk: Buffer) => {
      pending += chunk.toString("utf8");
      const lines = pending.split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) {
        tail.push(line);
        if (tail.length > 40) tail.shift();
        // "Downloaded from central: https://.../x.jar (1.2 MB at 3.4 MB/s)"
        const done = /Downloaded from [^:]+: \S+ \((\d+(?:\.\d+)?) (B|kB|KB|MB|GB)/.exec(line);
        if (done) {
          files += 1;
          bytes += Number(done[1]) * (SIZE_UNITS[done[2] ?? "B"] ?? 1);
          if (Date.now() - lastReport > 2000) {
            lastReport = Date.now();
            report(`  ${files} files downloaded so far (${megabytes(bytes)})`);
          }
        }
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("error", (error) =>
      reject(new LocalNeo4jError("MAVEN_MISSING", `could not run ${mvn}: ${error.message}`)),
    );
    child.once("close", (code) => {
      if (code === 0) return resolve({ bytes, files });
      reject(
        new LocalNeo4jError(
          "DOWNLOAD_FAILED",
          `Maven could not resolve ${pom} (exit ${code}). Is Maven Central reachable? Last output:\n` +
            tail.join("\n"),
        ),
      );
    });
  });
}
