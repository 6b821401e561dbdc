/**
 * npm run bench:schema: what @neo4j/graphql makes of schema/ and what that costs at start.
 *  - the augmented schema: its types by kind and the size of its printed SDL (as npm run codegen
 *    prints it into src/graphql/generated/schema.graphql);
 *  - the time of `new Neo4jGraphQL({...}).getSchema()`, as buildSchema calls it, in a fresh
 *    process (the first build is the one a start pays: nothing is warm), BENCH_RUNS processes
 *    (default 7), median, with the library's validation of the SDL and without it (validate:
 *    false): wall-clock, and the process's CPU time, which other work on a shared machine
 *    inflates less.
 * No database is needed: building the schema does not touch Neo4j.
 */
import { spawnSync } from "node:child_process";
import { Neo4jGraphQL } from "@neo4j/graphql";
import {
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLInterfaceType,
  GraphQLObjectType,
  GraphQLScalarType,
  GraphQLUnionType,
  lexicographicSortSchema,
  printSchema,
  type GraphQLNamedType,
} from "graphql";
import { apiResolvers } from "../src/graphql/buildSchema";
import { NEO4J_GRAPHQL_FEATURES } from "../src/graphql/neo4jGraphQLFeatures";
import { loadTypeDefs } from "../src/graphql/typeDefs";

const RUNS = Number(process.env.BENCH_RUNS || 7);
const CHILD_FLAG = "--one-build";

interface Took {
  wall: number;
  cpu: number;
}

async function buildOnce(validate: boolean): Promise<Took> {
  const typeDefs = loadTypeDefs();
  const resolvers = apiResolvers() as never;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  await new Neo4jGraphQL({
    typeDefs,
    features: NEO4J_GRAPHQL_FEATURES,
    resolvers,
    validate,
  }).getSchema();
  const cpu = process.cpuUsage(cpuBefore);
  return { wall: performance.now() - started, cpu: (cpu.user + cpu.system) / 1000 };
}

function kindOf(type: GraphQLNamedType): string {
  if (type instanceof GraphQLObjectType) return "object";
  if (type instanceof GraphQLInputObjectType) return "input";
  if (type instanceof GraphQLInterfaceType) return "interface";
  if (type instanceof GraphQLUnionType) return "union";
  if (type instanceof GraphQLEnumType) return "enum";
  if (type instanceof GraphQLScalarType) return "scalar";
  return "other";
}

/** Cold build times: each in a process of its own, as at start. */
function coldBuilds(validate: boolean): Took[] {
  const times: Took[] = [];
  for (let run = 0; run < RUNS; run++) {
    const child = spawnSync(
      process.execPath,
      [...process.execArgv, process.argv[1]!, CHILD_FLAG, String(validate)],
      { encoding: "utf8" },
    );
    if (child.status !== 0) throw new Error(`a build failed:\n${child.stderr}`);
    times.push(JSON.parse(child.stdout) as Took);
  }
  return times;
}

function summary(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  return `median ${median.toFixed(0).padStart(4)} ms (min ${sorted[0]!.toFixed(0)}, max ${sorted.at(-1)!.toFixed(0)})`;
}

function report(label: string, builds: Took[]): void {
  console.log(`  ${label}  wall ${summary(builds.map((b) => b.wall))}`);
  console.log(`  ${" ".repeat(label.length)}  CPU  ${summary(builds.map((b) => b.cpu))}`);
}

async function main(): Promise<void> {
  if (process.argv[2] === CHILD_FLAG) {
    console.log(JSON.stringify(await buildOnce(process.argv[3] === "true")));
    return;
  }
  const schema = await new Neo4jGraphQL({
    typeDefs: loadTypeDefs(),
    features: NEO4J_GRAPHQL_FEATURES,
    resolvers: apiResolvers() as never,
  }).getSchema();
  const types = Object.values(schema.getTypeMap()).filter((t) => !t.name.startsWith("__"));
  const byKind = new Map<string, number>();
  for (const type of types) byKind.set(kindOf(type), (byKind.get(kindOf(type)) ?? 0) + 1);
  const printed = printSchema(lexicographicSortSchema(schema));
  console.log(
    `augmented schema: ${types.length} types (${[...byKind].map(([k, n]) => `${n} ${k}`).join(", ")}), ` +
      `${(Buffer.byteLength(printed) / 1024).toFixed(0)} KB printed`,
  );
  console.log(`getSchema(), cold, ${RUNS} processes:`);
  report("validate: true ", coldBuilds(true));
  report("validate: false", coldBuilds(false));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
