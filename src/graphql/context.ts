import type { BookmarkManager, Driver, Session } from "neo4j-driver";
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
  /** Bookmarks of this process's commands: reads made after them see them, even in a cluster. */
  bookmarks: BookmarkManager;
}

export interface GraphQLContext {
  services: ApiServices;
  /** Read by @neo4j/graphql: the database its generated reads use. */
  sessionConfig: { database: string };
  /** Read by @neo4j/graphql when set: the session its reads run in (read-your-writes). */
  executionContext?: Session;
}
