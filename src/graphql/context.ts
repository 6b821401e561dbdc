import DataLoader from "dataloader";
import type { BookmarkManager, Driver, Session } from "neo4j-driver";
import type { Logger } from "pino";
import type { ApiKeyStore } from "../auth/ApiKeyStore";
import type { Principal } from "../auth/Principal";
import type { CommandHandler } from "../commands/CommandHandler";
import type { Neo4jEventStore } from "../eventstore/Neo4jEventStore";
import type { GraphExplorer } from "../explore/GraphExplorer";
import { MAX_RESULT_ROWS, tooLong } from "../explore/readLimits";
import { toEventModel } from "./resolvers/eventModel";
import type { EventModel } from "./resolvers/payloadModels";

/** What every resolver can use: one set of services per process, shared by all requests. */
export interface ApiServices {
  driver: Driver;
  database: string;
  commands: CommandHandler;
  /** The log: read only through it (history, pages, the subscription feed). */
  store: Neo4jEventStore;
  explorer: GraphExplorer;
  log: Logger;
  /** The API keys (the key file), managed by admins. */
  apiKeys: ApiKeyStore;
  /** Bookmarks of this process's commands: reads made after them see them, even in a cluster. */
  bookmarks: BookmarkManager;
}

/** Per-request batching: the history fields of a list of nodes cost one query, not one each. */
export interface RequestLoaders {
  /** A stream's events (at most MAX_RESULT_ROWS: a longer one is refused, historyConnection pages). */
  history: DataLoader<string, EventModel[]>;
}

export interface GraphQLContext {
  services: ApiServices;
  /** Who sends the request: its subject is the actor of the events a command appends. */
  principal: Principal;
  loaders: RequestLoaders;
  /** Read by @neo4j/graphql: the database its generated reads use. */
  sessionConfig: { database: string };
  /** Read by @neo4j/graphql when set: the session its reads run in (read-your-writes). */
  executionContext?: Session;
}

/** A request's context: the shared services, its principal, and loaders of its own. */
export function createContext(services: ApiServices, principal: Principal): GraphQLContext {
  return {
    services,
    principal,
    loaders: {
      // A stream's first MAX_RESULT_ROWS events, and one more to refuse a longer history.
      history: new DataLoader<string, EventModel[]>(async (streams) => {
        const events = await services.store.streamHeads(streams, MAX_RESULT_ROWS + 1);
        return streams.map((stream) => {
          const history = events.filter((event) => event.stream === stream);
          return history.length > MAX_RESULT_ROWS
            ? tooLong("events of one fact", "historyConnection")
            : history.map(toEventModel);
        });
      }),
    },
    sessionConfig: { database: services.database },
  };
}
