/** Stops the test Neo4j that the global setup started (nothing when NEO4J_TEST_URI was given). */
export default async function globalTeardown(): Promise<void> {
  const server = globalThis.__TEST_NEO4J__;
  if (server && !process.env.KEEP_TEST_NEO4J) await server.stop();
}
