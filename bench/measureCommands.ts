import neo4j, { type Driver } from "neo4j-driver";
import type { WritePathMetrics } from "../src/commands/CommandHandler";
import { Neo4jEventStore } from "../src/eventstore/Neo4jEventStore";
import { commandMutation, type GraphQLOperation } from "./commandMutation";
import type { SyntheticCorpus } from "../tools/stories/syntheticCorpus";
import { bearer } from "../tools/support/testTokens";
import { GraphQLHttpClient } from "./GraphQLHttpClient";
import { latencySummary, type LatencySummary } from "../tools/support/latencySummary";
import { ProgressReporter } from "./ProgressReporter";

/** What the command handler counts (CommandHandler.metrics()). */
export type CommandMetrics = WritePathMetrics;

export interface Throughput {
  count: number;
  millis: number;
  perSecond: number;
  latency: LatencySummary;
}

export interface CommandLevelMeasurement {
  clients: number;
  commands: Throughput;
  /** Log events the commands appended (checked against the log's head). */
  events: number;
  /** The same number of one-CREATE write transactions through the driver, as concurrent. */
  baseline: Throughput;
  ratio: number;
  /** The handler's counters over this level. */
  metrics: CommandMetrics;
  statementsPerCommand: number | null;
}

/** The log's head, asked of the event store: only it knows how the log is kept. */
function logHead(driver: Driver, database: string): Promise<number> {
  return new Neo4jEventStore(driver, database).head();
}

/** Runs each client's list one item at a time, all clients at once. */
async function concurrently<T>(
  lists: readonly (readonly T[])[],
  run: (item: T, client: number) => Promise<void>,
  onDone: () => void,
): Promise<{ millis: number; latencies: number[] }> {
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    lists.map(async (items, client) => {
      for (const item of items) {
        const itemStarted = performance.now();
        await run(item, client);
        latencies.push(performance.now() - itemStarted);
        onDone();
      }
    }),
  );
  return { millis: performance.now() - started, latencies };
}

function throughput(count: number, run: { millis: number; latencies: number[] }): Throughput {
  return {
    count,
    millis: run.millis,
    perSecond: count / (run.millis / 1000),
    latency: latencySummary(run.latencies),
  };
}

/**
 * One level: `clients` clients each send `perClient` of their own commands (from corpus client
 * `firstClient` on), one at a time, as mutations over HTTP. Any GraphQL error fails the bench;
 * the receipts must name as many events as the log grew by.
 */
export async function sendCommands(
  driver: Driver,
  database: string,
  graphqlUrl: string,
  corpus: SyntheticCorpus,
  level: { clients: number; perClient: number; firstClient: number },
  write: (line: string) => void,
): Promise<{ commands: Throughput; events: number }> {
  const { clients, perClient, firstClient } = level;
  const lists: GraphQLOperation[][] = Array.from({ length: clients }, (_, c) =>
    corpus.singleCommands(firstClient + c, perClient).map(commandMutation),
  );
  const count = clients * perClient;
  const client = new GraphQLHttpClient(graphqlUrl, clients, await bearer("writer", "bench"));
  const headBefore = await logHead(driver, database);
  let done = 0;
  let positions = 0;
  const progress = new ProgressReporter(`commands, ${clients} clients`, count, "commands", write);
  let run: { millis: number; latencies: number[] };
  try {
    run = await concurrently(
      lists,
      async (operation) => {
        const data = await client.post<Record<string, { receipt: { positions: number[] } }>>(
          operation.query,
          operation.variables,
        );
        for (const payload of Object.values(data)) positions += payload.receipt.positions.length;
      },
      () => progress.update(++done),
    );
  } finally {
    await client.close();
  }
  progress.finish(done);
  const events = (await logHead(driver, database)) - headBefore;
  if (events !== positions) {
    throw new Error(
      `${clients} clients: the receipts name ${positions} appended events, the log grew by ${events}`,
    );
  }
  return { commands: throughput(count, run), events };
}

/**
 * Single commands as mutations over HTTP at each level of concurrency (sendCommands), then as
 * many one-CREATE write transactions through the driver, as concurrent: the baseline.
 */
export async function measureCommands(
  driver: Driver,
  database: string,
  graphqlUrl: string,
  corpus: SyntheticCorpus,
  options: {
    levels: readonly number[];
    commandsPerLevel: number;
    /** The corpus's client numbers are used once each: this level starts at this one. */
    firstClient: number;
    /**
     * Unless undefined, the largest level's clients first send two commands each, untimed, from
     * this client number on: the JIT of an API just started warms on them.
     */
    warmUpFirstClient?: number;
    /** The server's command handler's counters (asked of the API's process). */
    metrics: () => Promise<CommandMetrics>;
    write: (line: string) => void;
  },
): Promise<CommandLevelMeasurement[]> {
  const measurements: CommandLevelMeasurement[] = [];
  let nextClient = options.firstClient;
  if (options.warmUpFirstClient !== undefined) {
    const clients = Math.max(...options.levels);
    await sendCommands(
      driver,
      database,
      graphqlUrl,
      corpus,
      { clients, perClient: 2, firstClient: options.warmUpFirstClient },
      () => {},
    );
  }
  for (const clients of options.levels) {
    const perClient = Math.max(1, Math.ceil(options.commandsPerLevel / clients));
    const metricsBefore = await options.metrics();
    const { commands, events } = await sendCommands(
      driver,
      database,
      graphqlUrl,
      corpus,
      { clients, perClient, firstClient: nextClient },
      options.write,
    );
    nextClient += clients;
    const metricsAfter = await options.metrics();

    const baselineLists = Array.from({ length: clients }, (_, c) =>
      Array.from({ length: perClient }, (_, i) => ({ c, i })),
    );
    const baselineRun = await concurrently(
      baselineLists,
      async ({ c, i }) => {
        await driver.executeQuery(
          // eslint-disable-next-line no-restricted-syntax -- the baseline's own scratch node, not the graph's
          "CREATE (:BenchWrite {client: $c, i: $i, name: 'baseline'})",
          { c: neo4j.int(c), i: neo4j.int(i) },
          { database, routing: neo4j.routing.WRITE },
        );
      },
      () => {},
    );
    // eslint-disable-next-line no-restricted-syntax -- the baseline's scratch nodes, not the graph's
    await driver.executeQuery("MATCH (n:BenchWrite) DETACH DELETE n", {}, { database });

    const baseline = throughput(commands.count, baselineRun);
    const metrics: CommandMetrics = {
      commands: metricsAfter.commands - metricsBefore.commands,
      groups: metricsAfter.groups - metricsBefore.groups,
      transactions: metricsAfter.transactions - metricsBefore.transactions,
      statements: metricsAfter.statements - metricsBefore.statements,
      events: metricsAfter.events - metricsBefore.events,
    };
    measurements.push({
      clients,
      commands,
      events,
      baseline,
      ratio: commands.perSecond / baseline.perSecond,
      metrics,
      statementsPerCommand: metrics.commands > 0 ? metrics.statements / metrics.commands : null,
    });
    options.write(
      `[commands] ${clients} clients: ${commands.perSecond.toFixed(0)} commands/s (p99 ${commands.latency.p99.toFixed(1)} ms), ` +
        `driver baseline ${baseline.perSecond.toFixed(0)} tx/s`,
    );
  }
  return measurements;
}
