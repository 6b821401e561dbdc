/** The Neo4j a benchmark runs on: the bench's own, or one given (the tests' Neo4j). */
export interface BenchTarget {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** The instance folder, when the bench started this Neo4j (for its size on disk). */
  instanceDir?: string;
}
