import type { ApolloServerPlugin } from "@apollo/server";
import { ErrorCode } from "./errors";

/** Seconds a client is told to wait before it tries again: Neo4j is usually back within them. */
const RETRY_AFTER_SECONDS = 1;

/**
 * A request that failed as a whole because the service is unavailable (Neo4j unreachable, a
 * rebuild running) answers HTTP 503 with Retry-After, so that proxies, load balancers and HTTP
 * clients see what the body's SERVICE_UNAVAILABLE says; partial data keeps Apollo's 200. The
 * status is set here because Apollo takes it from the errors as thrown (extensions.http), and a
 * driver's error carries none: it gets its code in formatError.
 */
export function serviceUnavailablePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          const { data, errors } = response.body.singleResult;
          if (!errors?.length) return;
          if (!errors.every((e) => e.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE)) return;
          const nothingAnswered = !data || Object.values(data).every((value) => value === null);
          if (!nothingAnswered) return;
          response.http.status = 503;
          response.http.headers.set("retry-after", String(RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}
