import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
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

/** The parts, each a module of tools/neo4j/pom.xml copying its jars into its folder. */
const PARTS = [
  { pom: "server.pom.xml", artifactId: "neo4j-server", what: "Neo4j server and Browser" },
  { pom: "apoc.pom.xml", artifactId: "neo4j-apoc", what: "APOC core" },
  { pom: "cypher-shell.pom.xml", artifactId: "neo4j-cypher-shell", what: "cypher-shell" },
] as const;
const AGGREGATOR = "pom.xml";

/**
 * What a folder holds beyond what the descriptors resolve; changing it gives a new folder, so
 * that an assembly of another layout is made again rather than used.
 */
const LAYOUT = "2: plugins/ holds APOC core alone, its libraries are in lib/";

/**
 * The jars Neo4j scans for procedures at start (it loads every class of every jar in plugins/).
 * APOC's libraries (JSON path, CSV, bitmaps...) declare none, so they sit on the classpath in
 * lib/ instead, and the scan reads APOC core alone. apoc-common holds none of the procedures
 * that the project loads (LOADED_APOC in neo4jConf.ts; the manager's test lists them).
 */
const PLUGIN_JAR = /^apoc-core-[\d.]+\.jar$/;

// Pinned so the copy behaves the same on every machine; Maven resolves it from Central.
const DEPENDENCY_PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.8.1";

/**
 * Maven's own JVM runs for seconds and exits: the client compiler alone and the serial
 * collector halve its CPU time. Options of the user's MAVEN_OPTS come later, so they win.
 */
const MAVEN_JVM_OPTIONS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC";

function descriptorDir(): string {
  return path.join(projectRoot(), "tools", "neo4j");
}

/** The folder for the current descriptors: a change of any pinned version gives a new one. */
export function distributionFor(distRoot: string): Neo4jDistribution {
  const hash = createHash("sha256");
  for (const pom of [AGGREGATOR, ...PARTS.map((part) => part.pom)]) {
    // Comments and layout do not change what Maven resolves.
    const text = readFileSync(path.join(descriptorDir(), pom), "utf8");
    hash.update(text.replace(/<!--[\s\S]*?-->/g, "").replace(/\s+/g, ""));
  }
  hash.update(LAYOUT);
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
 * Resolves the pinned jars through Maven (cached in ~/.m2) into the distribution folder, in one
 * Maven run, offline first (nothing to ask Central when ~/.m2 has it all). A no-op when
 * already assembled, so a later start runs no Maven at all.
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
  const started = Date.now();
  try {
    report("Assembling Neo4j from the Maven cache...");
    let copied = await copyDependencies(staging, { offline: true, report });
    if (copied.code !== 0) {
      report("Assembling Neo4j from Maven Central (not all of it is in the Maven cache)...");
      copied = await copyDependencies(staging, { offline: false, report });
    }
    if (copied.code !== 0) {
      throw new LocalNeo4jError(
        "DOWNLOAD_FAILED",
        `Maven could not resolve tools/neo4j/${AGGREGATOR} (exit ${copied.code}). Is Maven Central reachable? ` +
          `Last output:\n${copied.tail.join("\n")}`,
      );
    }
    keepOnlyPluginsInPlugins(staging);
    writeFileSync(path.join(staging, "COMPLETE"), `${new Date().toISOString()}\n`);
    rmSync(dist.dir, { recursive: true, force: true });
    renameSync(staging, dist.dir);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    report(
      `Neo4j assembled in ${seconds}s: ${copied.files} files downloaded (${megabytes(copied.bytes)}), ` +
        `the rest from the Maven cache.`,
    );
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  return dist;
}

/** Moves every jar of plugins/ but APOC core's into lib/ (see PLUGIN_JAR). */
function keepOnlyPluginsInPlugins(folder: string): void {
  const plugins = path.join(folder, "plugins");
  const lib = path.join(folder, "lib");
  for (const name of readdirSync(plugins)) {
    if (PLUGIN_JAR.test(name)) continue;
    // The descriptors exclude what lib/ has already; a jar of the same name would be the same.
    if (existsSync(path.join(lib, name))) rmSync(path.join(plugins, name));
    else renameSync(path.join(plugins, name), path.join(lib, name));
  }
  if (!readdirSync(plugins).some((name) => PLUGIN_JAR.test(name))) {
    throw new LocalNeo4jError("DOWNLOAD_FAILED", `no APOC core jar was assembled in ${plugins}`);
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

const SIZE_UNITS: Record<string, number> = { B: 1, kB: 1e3, KB: 1e3, MB: 1e6, GB: 1e9 };

interface MavenRun {
  code: number | null;
  bytes: number;
  files: number;
  tail: string[];
}

/** One Maven run of the aggregator into a fresh `folder`, reporting each part and downloads. */
function copyDependencies(
  folder: string,
  options: { offline: boolean; report: Report },
): Promise<MavenRun> {
  const { report } = options;
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const mvn = process.env.MAVEN_CMD || "mvn";
  const args = [
    "-B",
    ...(options.offline ? ["-o"] : []),
    "-f",
    path.join(descriptorDir(), AGGREGATOR),
    `${DEPENDENCY_PLUGIN}:copy-dependencies`,
    `-Dneo4j.assembly=${folder}`,
  ];
  const env = {
    ...process.env,
    MAVEN_OPTS: `${MAVEN_JVM_OPTIONS} ${process.env.MAVEN_OPTS ?? ""}`.trim(),
  };
  return new Promise((resolve, reject) => {
    const child = spawn(mvn, args, { stdio: ["ignore", "pipe", "pipe"], env });
    const run: MavenRun = { code: null, bytes: 0, files: 0, tail: [] };
    let lastReport = 0;
    let pending = "";
    const onData = (chunk: Buffer) => {
      pending += chunk.toString("utf8");
      const lines = pending.split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) {
        run.tail.push(line);
        if (run.tail.length > 40) run.tail.shift();
        // "[INFO] Building neo4j-apoc 1     [2/4]": the reactor moves to the next part.
        const building = /Building (\S+) \d+\s+\[\d+\/\d+\]/.exec(line);
        const index = PARTS.findIndex((part) => part.artifactId === building?.[1]);
        if (index >= 0) report(`  ${PARTS[index]!.what} (${index + 1}/${PARTS.length})`);
        // "Downloaded from central: https://.../x.jar (1.2 MB at 3.4 MB/s)"
        const done = /Downloaded from [^:]+: \S+ \((\d+(?:\.\d+)?) (B|kB|KB|MB|GB)/.exec(line);
        if (done) {
          run.files += 1;
          run.bytes += Number(done[1]) * (SIZE_UNITS[done[2] ?? "B"] ?? 1);
          if (Date.now() - lastReport > 2000) {
            lastReport = Date.now();
            report(`  ${run.files} files downloaded so far (${megabytes(run.bytes)})`);
          }
        }
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("error", (error) =>
      reject(new LocalNeo4jError("MAVEN_MISSING", `could not run ${mvn}: ${error.message}`)),
    );
    child.once("close", (code) => resolve({ ...run, code }));
  });
}
