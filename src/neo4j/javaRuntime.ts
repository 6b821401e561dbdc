import { spawnSync } from "node:child_process";
import path from "node:path";
import { LocalNeo4jError } from "./localNeo4jErrors";

export interface JavaRuntime {
  executable: string;
  majorVersion: number;
  /** The runtime's build ("17.0.15+6-Debian-1deb12u1"): what a class-data archive belongs to. */
  build: string;
}

/** Neo4j 5.26 runs on Java 17 or 21; JAVA_HOME wins over the PATH. */
export function findJava(env: NodeJS.ProcessEnv = process.env): JavaRuntime {
  const executable = env.JAVA_HOME ? path.join(env.JAVA_HOME, "bin", "java") : "java";
  const probe = spawnSync(executable, ["-version"], { encoding: "utf8" });
  if (probe.error) {
    throw new LocalNeo4jError(
      "JAVA_MISSING",
      `Java was not found (${executable}: ${probe.error.message}). Neo4j 5.26 needs Java 17 or 21: ` +
        "install it (Debian: apt-get install openjdk-17-jre-headless) or set JAVA_HOME.",
    );
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(probe.stderr ?? "");
  const first = match ? Number(match[1]) : NaN;
  const majorVersion = first === 1 && match?.[2] ? Number(match[2]) : first;
  if (!Number.isFinite(majorVersion) || majorVersion < 17) {
    throw new LocalNeo4jError(
      "JAVA_TOO_OLD",
      `${executable} is Java ${match ? majorVersion : "of unknown version"}; Neo4j 5.26 needs Java 17 or 21. ` +
        "Set JAVA_HOME to a Java 17 installation.",
    );
  }
  const build =
    /\(build ([^)]+)\)/.exec(probe.stderr ?? "")?.[1] ?? `${executable} ${majorVersion}`;
  return { executable, majorVersion, build };
}
