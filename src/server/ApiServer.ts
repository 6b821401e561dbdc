import { InMemoryLRUCache } from "@apollo/utils.keyvaluecache";
import type { DocumentNode } from "graphql";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { Authenticator } from "../auth/Authenticator";
import type { Principal } from "../auth/Principal";
import type { GraphQLSchema } from "graphql";
import type { Logger } from "pino";
import type { Neo4jTarget } from "../config/neo4jSettings";
import type { ServerSettings } from "../config/serverSettings";
import { CommandHandler } from "../commands/CommandHandler";
import { ingestArticle } from "../commands/ingestArticle";
import { GraphExplorer } from "../explore/GraphExplorer";
import { buildSchema } from "../graphql/buildSchema";
import { createContext, type ApiServices, type GraphQLContext } from "../graphql/context";
import { createFormatError } from "../graphql/formatError";
import { queryLimits } from "../graphql/queryLimits";
import { requestScopedDriver } from "../graphql/requestScopedDriver";
import { noStorePlugins } from "../graphql/noStorePlugin";
import { serviceUnavailablePlugin } from "../graphql/serviceUnavailablePlugin";
import { openDatabase, type OpenDatabase } from "../neo4j/openDatabase";
import { ensureProjectionCurrent } from "../projection/rebuildProjection";
import { awaitSearchIndexes } from "../projection/projectionSchema";
import { loadSeedArticles } from "../seed/seedFolder";
import { accessPlugin } from "./accessPlugin";
import { createHttpApp } from "./createHttpApp";
import { createLogger } from "./createLogger";
import { loggingPlugin } from "./loggingPlugin";
import { serveSubscriptions } from "./subscriptionServer";
import { readinessProbe } from "./readinessProbe";
import { schemaDocuments } from "./schemaDocuments";
import type { WarmingReport } from "../graphql/warmPlans";
import { warmAfterReady } from "./warmAfterReady";

export interface StartedServer {
  url: string;
  wsUrl: string;
  port: number;
  timings: {
    /** Reaching Neo4j: the local one started (assembled on first use) or found running, or NEO4J_URI's. */
    databaseMillis: number;
    /** The log's and the graph's constraints and indexes, created or checked. */
    databaseSchemaMillis: number;
    /** Checking the projection's version, and rebuilding it from the log when the code's differs. */
    projectionMillis: number;
    seedMillis: number;
    schemaMillis: number;
    /** Apollo (which validates the schema as it starts), Express, graphql-ws and the listener. */
    serveMillis: number;
    totalMillis: number;
  };
  seededEvents: number;
  database: OpenDatabase;
  /** The executable schema it serves (generated reads, commands, custom reads, the log's). */
  schema: GraphQLSchema;
  /** What the resolvers use: the command handler (and its metrics), the store, the explorer. */
  services: ApiServices;
  log: Logger;
  /** The warming of the pages' query plans after ready: its report (undefined when off or failed). */
  plansWarmed: Promise<WarmingReport | undefined>;
  /** Drains requests and subscriptions and closes the driver; a local Neo4j keeps running. */
  stop(): Promise<void>;
}

/**
 * Starts the whole service: Neo4j (local unless NEO4J_URI), its schema, the seed when the log is
 * empty, the GraphQL schema, Apollo over Express, graphql-ws, and the HTTP listener. The local
 * Neo4j is a service of its own: started when it is not running, reused when it is, and left
 * running when the API stops (npm run db:stop stops it), so that a restart does not wait for it.
 */
export async function startApiServer(options: {
  settings: ServerSettings;
  target?: Neo4jTarget;
  log?: Logger;
}): Promise<StartedServer> {
  const { settings } = options;
  const log = options.log ?? createLogger(settings.logLevel);
  const started = performance.now();

  const database = await openDatabase({
    ...(options.target ? { target: options.target } : {}),
    report: (line) => log.info(`[neo4j] ${line}`),
  });
  const databaseMillis = performance.now() - started - database.schemaMillis;
  if (database.localStart?.differs)
    log.warn(
      `the local Neo4j was running and is used as it is, but ${database.localStart.differs}: ` +
        "npm run db:stop, then npm start, to start it with the current ones",
    );
  try {
    const projectionStarted = performance.now();
    await ensureProjectionCurrent(database.driver, database.database, (line) =>
      log.info(`[projection] ${line}`),
    );
    const projectionMillis = performance.now() - projectionStarted;
    // The driver's own bookmark manager: @neo4j/graphql's generated reads open their sessions
    // with it (Executor.driverRun), so a read after a command waits for its commit, in a cluster too.
    const bookmarks = database.driver.executeQueryBookmarkManager;
    // A request's reads end with it (src/graphql/RequestScope.ts); writes pass through.
    const driver = requestScopedDriver(database.driver);
    const commands = new CommandHandler(driver, database.database, {
      bookmarkManager: bookmarks,
    });
    const store = commands.store;
    const explorer = new GraphExplorer(driver, database.database, store, bookmarks);

    let seededEvents = 0;
    const seedStarted = performance.now();
    if (settings.seedWhenEmpty && (await store.head()) === 0) {
      for (const bundle of loadSeedArticles()) {
        const result = await ingestArticle(commands, bundle.article, bundle.facts, {
          actor: "seed",
        });
        seededEvents += result.appendedEvents;
        log.info(
          { article: result.articleId, events: result.appendedEvents },
          "seeded an empty log",
        );
      }
      // Ready means searchable too (the full-text indexes are eventually consistent).
      await awaitSearchIndexes(database.driver, database.database);
    }
    const seedMillis = performance.now() - seedStarted;

    const schemaStarted = performance.now();
    const { schema, typeDefs, validatedNow } = await buildSchema(driver);
    const schemaMillis = performance.now() - schemaStarted;
    if (validatedNow)
      log.warn(
        "schema/ is not the SDL that npm run codegen validated: validated it at start; run npm run codegen",
      );
    const serveStarted = performance.now();

    const authenticator = new Authenticator(settings.auth, {
      warn: (message) => log.warn(message),
    });
    // Keys are loaded before the first request is judged (and a key file of the first format
    // migrated), so that a valid key is never refused because the file was still being read.
    await authenticator.keys.load();
    const services: ApiServices = {
      apiKeys: authenticator.keys,
      driver: database.driver,
      database: database.database,
      commands,
      store,
      explorer,
      log,
      bookmarks,
    };
    const context = async (principal: Principal): Promise<GraphQLContext> =>
      createContext(services, principal);

    const httpServer: Server = createServer({
      headersTimeout: settings.connections.headersTimeoutMs,
      requestTimeout: settings.connections.receiveTimeoutMs,
      keepAliveTimeout: settings.connections.keepAliveTimeoutMs,
      // How often Node looks for connections past those timeouts (30 s unless said): a
      // slow-loris connection is closed within a second of its time.
      connectionsCheckingInterval: 1_000,
    });
    httpServer.maxConnections = settings.connections.maxConnections;
    const limits = queryLimits(schema, settings);
    const formatError = createFormatError({
      development: settings.development,
      logUnexpected: (error) =>
        log.error({ err: error }, "unexpected error in a GraphQL operation"),
    });
    const subscriptions = serveSubscriptions({
      httpServer,
      schema,
      settings,
      authenticator,
      limits: limits.graphqlWs,
      context,
      formatError,
      log,
    });
    const { plugins: limitPlugins, ...limitOptions } = limits.apollo;
    const apollo = new ApolloServer<GraphQLContext>({
      schema,
      ...limitOptions,
      // Apollo's default caches of parsed operations and of persisted queries hold about 30 MiB
      // each by its estimate (a document's JSON length; its parsed form takes more heap), which
      // a stream of distinct hostile queries fills: npm run fuzz's heap grew 104 -> 158 MB over
      // 20,000 requests. 2 MiB each keeps far more than every operation the IDE and the
      // explorer send, and held the heap at 101-103 MB.
      documentStore: new InMemoryLRUCache<DocumentNode>({ maxSize: 2 ** 20 * 2 }),
      cache: new InMemoryLRUCache({ maxSize: 2 ** 20 * 2 }),
      csrfPrevention: true,
      // Apollo's own messages go through the same logger, and its redaction.
      logger: log,
      // Signals are ours to handle (src/server/main.ts): Apollo's own handlers would race them.
      stopOnTerminationSignals: false,
      includeStacktraceInErrorResponses: settings.development,
      formatError,
      plugins: [
        ApolloServerPluginDrainHttpServer({ httpServer }),
        ApolloServerPluginLandingPageDisabled(),
        ...noStorePlugins(),
        loggingPlugin(log),
        accessPlugin(settings.auth.reads, authenticator.howToAuthenticate),
        ...limitPlugins,
        serviceUnavailablePlugin(),
        {
          async serverWillStart() {
            return {
              async drainServer() {
                await subscriptions.dispose();
              },
            };
          },
        },
      ],
    });
    await apollo.start();

    let stopping = false;
    const app = createHttpApp({
      apollo,
      context,
      authenticator,
      settings,
      log,
      schemaDocuments: schemaDocuments(schema, typeDefs),
      probes: readinessProbe({
        driver: database.driver,
        database: database.database,
        log,
        stopping: () => stopping,
      }),
    });
    httpServer.on("request", app);
    await new Promise<void>((resolve, reject) => {
      httpServer.once("error", reject);
      httpServer.listen(settings.port, settings.host, () => resolve());
    });
    const serveMillis = performance.now() - serveStarted;
    const { port } = httpServer.address() as AddressInfo;
    // After ready, not before: it delays no request, and a request arriving meanwhile is planned
    // as it would have been.
    const plansWarmed = settings.warmPlans
      ? warmAfterReady(schema, services, log, () => stopping)
      : Promise.resolve(undefined);
    const host = settings.host === "0.0.0.0" ? "127.0.0.1" : settings.host;

    return {
      url: `http://${host}:${port}/graphql`,
      wsUrl: `ws://${host}:${port}/graphql`,
      port,
      timings: {
        databaseMillis,
        databaseSchemaMillis: database.schemaMillis,
        projectionMillis,
        seedMillis,
        schemaMillis,
        serveMillis,
        totalMillis: performance.now() - started,
      },
      seededEvents,
      database,
      schema,
      services,
      log,
      plansWarmed,
      async stop() {
        stopping = true;
        await plansWarmed;
        await apollo.stop();
        log.info("requests and subscriptions drained");
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
