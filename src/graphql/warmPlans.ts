import { requiredRole } from "../auth/authorize";
import {
  execute,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  isInterfaceType,
  parse,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import {
  operationVariants,
  variableNeeds,
  type Samples,
  type ValueSize,
} from "./operationVariants";

/** A document of operations a client sends (one file, or files sharing fragments). */
export interface ClientDocument {
  /** Where it comes from, for the log: `ide/examples/01-crew-by-agency.graphql`. */
  source: string;
  document: DocumentNode;
}

export interface WarmingReport {
  operations: number;
  variants: number;
  /** Variants that answered with an error (their plans may be cold still). */
  failed: { operation: string; message: string }[];
  /** Operations left out: mutations, subscriptions, reads for writers, or no variables made up. */
  skipped: string[];
  millis: number;
}

/** A short and a long id of one type (ValueSize), each where the graph has one. */
type SampleIds = Partial<Record<ValueSize, string>>;

const sizeOf = (id: string): ValueSize | undefined =>
  id.length < 10 ? "short" : id.length < 100 ? "long" : undefined;

/**
 * For every type with an id that an operation's field returns, ids of such nodes, read through
 * the API itself: the generated list read of that type (`incidents(limit: 100) { id }`).
 */
async function sampleIds(
  schema: GraphQLSchema,
  contextValue: unknown,
  types: ReadonlySet<string>,
): Promise<Map<string, SampleIds>> {
  const ids = new Map<string, SampleIds>();
  for (const [name, field] of Object.entries(schema.getQueryType()?.getFields() ?? {})) {
    const type = getNullableType(field.type);
    const item = getNamedType(type);
    const hasId = (isObjectType(item) || isInterfaceType(item)) && "id" in item.getFields();
    if (!isListType(type) || !types.has(item.name) || ids.has(item.name) || !hasId) continue;
    if (!field.args.some((arg) => arg.name === "limit")) continue;
    const result = await execute({
      schema,
      document: parse(`{ sample: ${name}(limit: 100) { id } }`),
      contextValue,
    });
    const found: SampleIds = {};
    for (const { id } of (result.data?.sample as { id?: unknown }[] | undefined) ?? []) {
      const size = typeof id === "string" ? sizeOf(id) : undefined;
      if (size && !found[size]) found[size] = id as string;
    }
    ids.set(item.name, found);
  }
  return ids;
}

/** Ids of the types asked for, of the size asked for; made up when the graph has none. */
function samplesFrom(ids: Map<string, SampleIds>): Samples {
  const any = (size: ValueSize) => [...ids.values()].map((found) => found[size]).find(Boolean);
  const madeUp = { short: "warming", long: "warming-up-plans" };
  return {
    idOf: (types, size) =>
      types.map((type) => ids.get(type)?.[size]).find(Boolean) ??
      ids.get("Entity")?.[size] ??
      any(size) ??
      madeUp[size],
    date: (size) => (size === "short" ? "2024" : "2024-02-29"),
  };
}

/** Operations run side by side while warming. */
const CONCURRENT_RUNS = 2;

function operationsOf(document: DocumentNode): OperationDefinitionNode[] {
  return document.definitions.filter((d) => d.kind === "OperationDefinition");
}

/**
 * Runs every query of the documents once or a few times (operationVariants), one after another,
 * so that Neo4j has planned each query text that a client of them sends, and this process has
 * run each code path, before a person's first visit: a first visit of an explorer page then
 * costs what a second one does. Mutations and subscriptions are left out (nothing is written),
 * and so are the reads only writers may send (a draft).
 * Reads only, through the same schema and resolvers as requests, each with a context of its own
 * from `newContext` (a request's, so that no loader's cache carries one read into the next).
 * `stopped` is checked between runs: a server that stops ends the warming.
 */
export async function warmPlans(
  schema: GraphQLSchema,
  documents: readonly ClientDocument[],
  newContext: () => unknown,
  stopped: () => boolean = () => false,
): Promise<WarmingReport> {
  const started = performance.now();
  const report: WarmingReport = { operations: 0, variants: 0, failed: [], skipped: [], millis: 0 };
  const plans = documents.flatMap(({ source, document }) =>
    operationsOf(document).map((operation) => ({
      name: `${source}#${operation.name?.value ?? "(anonymous)"}`,
      document,
      operation,
      needs: variableNeeds(schema, document, operation),
    })),
  );
  const types = new Set(plans.flatMap((plan) => plan.needs.flatMap((need) => need.fieldTypes)));
  const samples = samplesFrom(await sampleIds(schema, newContext(), types));
  const runs: { plan: (typeof plans)[number]; variableValues: Record<string, unknown> }[] = [];
  for (const plan of plans) {
    const short = operationVariants(plan.needs, samples, "short");
    const long = operationVariants(plan.needs, samples, "long");
    // Without variables, one run is all there is to plan.
    const variants = short && long && plan.needs.length > 0 ? [...short, ...long] : short;
    // A read for writers (a draft: CPU, not Cypher) is not what a visitor's first page asks.
    const forWriters = requiredRole(plan.operation, plan.document, "open") !== undefined;
    if (plan.operation.operation !== "query" || forWriters || !variants) {
      report.skipped.push(plan.name);
      continue;
    }
    report.operations += 1;
    runs.push(...variants.map((variableValues) => ({ plan, variableValues })));
  }
  // Planning is a query's own thread in Neo4j: two at a time take half as long on two cores,
  // and leave room for the requests of a person who came early.
  const worker = async () => {
    for (let run = runs.shift(); run && !stopped(); run = runs.shift()) {
      report.variants += 1;
      const result = await execute({
        schema,
        document: run.plan.document,
        operationName: run.plan.operation.name?.value ?? null,
        variableValues: run.variableValues,
        contextValue: newContext(),
      });
      const error = result.errors?.[0];
      if (error) report.failed.push({ operation: run.plan.name, message: error.message });
    }
  };
  await Promise.all(Array.from({ length: CONCURRENT_RUNS }, worker));
  report.millis = performance.now() - started;
  return report;
}
