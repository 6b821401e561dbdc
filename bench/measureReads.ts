import { awaitSearchIndexes } from "../src/projection/projectionSchema";
import { isDeepStrictEqual } from "node:util";
import neo4j, { type Driver } from "neo4j-driver";
import { GraphQLHttpClient } from "./GraphQLHttpClient";
import { latencySummary, type LatencySummary } from "../tools/support/latencySummary";
import type { ReadQuery } from "./readQueries";

export interface ReadMeasurement {
  key: string;
  name: string;
  timeTravel: boolean;
  graphql: LatencySummary;
  cypher: LatencySummary;
  /** GraphQL p50 over Cypher p50. */
  ratio: number;
  answersEqual: boolean;
  /** Items of the canonical answer, and the answers themselves when they differ. */
  answerSize: number;
  mismatch?: { graphql: string[]; cypher: string[] };
}

/**
 * Each query's p50/p99 over HTTP and by its hand-written Cypher through the driver, after
 * warm-up, the two sides alternating sample by sample so that a loaded machine weighs on both
 * alike. Both answers are compared first.
 */
export async function measureReads(
  driver: Driver,
  database: string,
  graphqlUrl: string,
  queries: readonly ReadQuery[],
  options: { samples: number; warmUp: number; write: (line: string) => void },
): Promise<ReadMeasurement[]> {
  const client = new GraphQLHttpClient(graphqlUrl, 1);
  const measurements: ReadMeasurement[] = [];
  // Full-text search is eventually consistent: both sides search the whole ingested graph.
  await awaitSearchIndexes(driver, database);
  try {
    for (const query of queries) {
      const viaGraphQL = async () => {
        const started = performance.now();
        const data = await client.post(query.graphql.query, query.graphql.variables);
        return { millis: performance.now() - started, data };
      };
      const viaCypher = async () => {
        const started = performance.now();
        const { records } = await driver.executeQuery(query.cypher.query, query.cypher.params, {
          database,
          routing: neo4j.routing.READ,
        });
        return { millis: performance.now() - started, records };
      };
      for (let i = 0; i < options.warmUp; i++) {
        await viaGraphQL();
        await viaCypher();
      }
      const graphqlAnswer = query.answerOfGraphQL((await viaGraphQL()).data);
      const cypherAnswer = query.answerOfCypher((await viaCypher()).records);
      const answersEqual = isDeepStrictEqual(graphqlAnswer, cypherAnswer);
      const graphqlMillis: number[] = [];
      const cypherMillis: number[] = [];
      for (let i = 0; i < options.samples; i++) {
        graphqlMillis.push((await viaGraphQL()).millis);
        cypherMillis.push((await viaCypher()).millis);
      }
      const graphql = latencySummary(graphqlMillis);
      const cypher = latencySummary(cypherMillis);
      measurements.push({
        key: query.key,
        name: query.name,
        timeTravel: query.timeTravel,
        graphql,
        cypher,
        ratio: graphql.p50 / cypher.p50,
        answersEqual,
        answerSize: graphqlAnswer.length,
        ...(answersEqual ? {} : { mismatch: { graphql: graphqlAnswer, cypher: cypherAnswer } }),
      });
      options.write(
        `[reads] ${query.key}: GraphQL p50 ${graphql.p50.toFixed(1)} ms, Cypher p50 ${cypher.p50.toFixed(1)} ms` +
          (answersEqual ? "" : "  ANSWERS DIFFER"),
      );
    }
  } finally {
    await client.close();
  }
  return measurements;
}
