import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { version as graphqlVersion } from "graphql";
import { projectRoot } from "../config/projectRoot";
import { NEO4J_GRAPHQL_FEATURES } from "./neo4jGraphQLFeatures";

const LINE = /^# Validated SDL fingerprint: ([0-9a-f]{64})$/m;

/** The augmented schema that npm run codegen prints (src/cli/printSchemas.ts). */
export function printedSchemaPath(): string {
  return path.join(projectRoot(), "src", "graphql", "generated", "schema.graphql");
}

function neo4jGraphQLVersion(): string {
  // The package exports its entry point alone (dist/index.js); its package.json is above it.
  const entry = require.resolve("@neo4j/graphql");
  const manifest = path.join(path.dirname(entry), "..", "package.json");
  return (JSON.parse(readFileSync(manifest, "utf8")) as { version: string }).version;
}

/**
 * Everything @neo4j/graphql's validation of an SDL depends on: the SDL itself, the versions of the
 * library and of graphql, and the library's features. Equal fingerprints, equal verdicts.
 */
export function sdlFingerprint(typeDefs: string): string {
  return createHash("sha256")
    .update(
      JSON.stringify({
        typeDefs,
        neo4jGraphQL: neo4jGraphQLVersion(),
        graphql: graphqlVersion,
        features: NEO4J_GRAPHQL_FEATURES,
      }),
    )
    .digest("hex");
}

/** The line npm run codegen writes into the schema it prints once the library validated the SDL. */
export function fingerprintLine(typeDefs: string): string {
  return `# Validated SDL fingerprint: ${sdlFingerprint(typeDefs)}\n`;
}

/**
 * True when npm run codegen validated this very SDL with this library, graphql and features: the
 * printed schema carries its fingerprint. CI fails when that file is not what codegen prints.
 */
export function validatedByCodegen(typeDefs: string, printed = printedSchemaPath()): boolean {
  let text: string;
  try {
    text = readFileSync(printed, "utf8");
  } catch {
    return false;
  }
  return LINE.exec(text)?.[1] === sdlFingerprint(typeDefs);
}
