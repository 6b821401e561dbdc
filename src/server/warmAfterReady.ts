import type { GraphQLSchema } from "graphql";
import type { Logger } from "pino";
import { ANONYMOUS } from "../auth/Principal";
import { createContext, type ApiServices } from "../graphql/context";
import { warmPlans, type WarmingReport } from "../graphql/warmPlans";
import { clientDocuments } from "./clientDocuments";

/**
 * Just after ready: Neo4j plans the queries a person meets first, so that a first visit costs
 * what a second one does. The pages' reads first (the explorer's and GraphiQL's operations, run
 * as a visit would), then the projection's writes (planned in transactions rolled back). Each
 * part that fails is logged and left to plan on first use. Resolves to the reads' report.
 */
export async function warmAfterReady(
  schema: GraphQLSchema,
  services: ApiServices,
  log: Logger,
  stopping: () => boolean,
): Promise<WarmingReport | undefined> {
  let report: WarmingReport | undefined;
  try {
    report = await warmPlans(
      schema,
      clientDocuments(),
      () => createContext(services, ANONYMOUS),
      stopping,
    );
    const failed = report.failed.length ? `, ${report.failed.length} answered an error` : "";
    log.info(
      { failed: report.failed, skipped: report.skipped },
      `query plans warmed: ${report.operations} operations of the explorer and GraphiQL, ${report.variants} variants, in ${(report.millis / 1000).toFixed(1)}s${failed}`,
    );
  } catch (error) {
    log.warn({ err: error }, "warming the query plans failed; first visits plan their own");
  }
  if (stopping()) return report;
  const started = performance.now();
  try {
    const statements = await services.store.planProjections();
    log.info(
      `write plans warmed: ${statements} statements of the projection in ${((performance.now() - started) / 1000).toFixed(1)}s`,
    );
  } catch (error) {
    log.warn({ err: error }, "warming the write plans failed; first writes plan their own");
  }
  return report;
}
