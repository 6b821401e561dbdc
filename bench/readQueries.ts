import type { Record as Neo4jRecord } from "neo4j-driver";
import type { CorpusProbes } from "../tools/stories/syntheticCorpus";
import { graphReads } from "./graphReads";
import { timeTravelAndSearchReads } from "./timeTravelAndSearchReads";

/**
 * The reads a frontend makes, each as GraphQL over HTTP and as the Cypher an analyst would
 * write by hand for the same answer (index-backed, through the driver). Each side is reduced to
 * the same canonical answer (sorted strings), so the bench checks that it compares like with like.
 */
export interface ReadQuery {
  key: string;
  name: string;
  /** Answers "as the log knew it at a position": judged against the time-travel target too. */
  timeTravel: boolean;
  graphql: { query: string; variables: Record<string, unknown> };
  cypher: { query: string; params: Record<string, unknown> };
  answerOfGraphQL(data: Record<string, unknown>): string[];
  answerOfCypher(records: readonly Neo4jRecord[]): string[];
}

/** Every read the bench measures, in the order of its table. */
export function readQueries(probes: CorpusProbes): ReadQuery[] {
  return [...graphReads(probes), ...timeTravelAndSearchReads(probes)];
}
