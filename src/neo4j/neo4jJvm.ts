import { readdirSync } from "node:fs";
import path from "node:path";
import type { Neo4jDistribution } from "./neo4jDistribution";

/**
 * The JVM flags of Neo4j's own 5.26 configuration; the --add-opens matter on Java 17.
 * -XX:+AlwaysPreTouch is left out: it would commit the whole heap of a small dev instance.
 * Nothing here trades the server's steady speed for a faster start (the benchmarks run it too):
 * the start is shortened by its class-data archive (classDataArchive.ts) instead.
 */
export const SERVER_JVM_FLAGS = [
  "-XX:+UseG1GC",
  "-XX:-OmitStackTraceInFastThrow",
  "-XX:+UnlockExperimentalVMOptions",
  "-XX:+TrustFinalNonStaticFields",
  "-XX:+DisableExplicitGC",
  "-Djdk.nio.maxCachedBufferSize=1024",
  "-Dio.netty.tryReflectionSetAccessible=true",
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "--enable-native-access=ALL-UNNAMED",
  "-Dlog4j2.disable.jmx=true",
];

/**
 * For neo4j-admin, which runs for a few seconds and exits: the client compiler alone and the
 * serial collector spend half the CPU of the defaults on so short a run.
 */
export const TOOL_JVM_FLAGS = ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"];

/**
 * The server's classpath, jar by jar in name order (plugins first, as Neo4j's own launcher
 * puts them): the same string at every start of one assembly, which its class-data archive
 * requires (a `dir/*` wildcard is expanded in the directory's order, which nothing fixes).
 * Given through CLASSPATH, so that `ps` shows a short command line.
 */
export function serverClasspath(dist: Neo4jDistribution): string {
  const jars = (dir: string) =>
    readdirSync(dir)
      .filter((name) => name.endsWith(".jar"))
      .sort()
      .map((name) => path.join(dir, name));
  return [...jars(dist.plugins), ...jars(dist.lib)].join(path.delimiter);
}
