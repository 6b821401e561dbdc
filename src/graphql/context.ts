import type { Driver } from "neo4j-driver";
import type { Logger } from "pino";
import type { CommandHandler } from "../commands/CommandHandler";
import type { GraphExplorer } from "../explore/GraphExplorer";
import type { LogNotifier } from "./LogNotifier";

/** What every resolver can use: one set of services per process, shared by all requests. */
export interface ApiServices {
  driver: Driver;
  database: string;
  commands: CommandHandler;
  explorer: GraphExplorer;
  /** Wakes subscriptions when this process appends; other processes are seen by polling. */
  notifier: LogNotifier;
  log: Logger;
}

export interface GraphQLContext {
  services: ApiServices;
  /** Read by @neo4j/graphql: the database its generated reads use. */
  sessionConfig: { database: string };
}
