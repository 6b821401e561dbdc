import type { Record as Neo4jRecord } from "neo4j-driver";

/**
 * Runs a read-only query of the graph (GraphExplorer's, with its bookmarks and errors): what the
 * reads written apart from it (search, sources, incidents) are given.
 */
export type GraphRead = (
  cypher: string,
  params: Record<string, unknown>,
) => Promise<{ records: Neo4jRecord[] }>;
