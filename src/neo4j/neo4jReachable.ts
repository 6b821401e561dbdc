import type { Driver } from "neo4j-driver";

export type Reachability = { reachable: true } | { reachable: false; error: unknown };

/**
 * Whether Neo4j answers a trivial query within timeoutMs: never slower, never throws. One
 * auto-commit query, not a managed transaction, so no retry back-off delays the answer; the
 * time-box covers a server that accepts connections but does not answer (overloaded, stopped).
 */
export async function neo4jReachable(
  driver: Driver,
  database: string,
  timeoutMs: number,
): Promise<Reachability> {
  const session = driver.session({ database, defaultAccessMode: "READ" });
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<Reachability>((resolve) => {
    timer = setTimeout(
      () =>
        resolve({
          reachable: false,
          error: new Error(`Neo4j did not answer within ${timeoutMs} ms`),
        }),
      timeoutMs,
    );
  });
  const answered = session.run("RETURN 1", {}, { timeout: timeoutMs }).then(
    (): Reachability => ({ reachable: true }),
    (error: unknown): Reachability => ({ reachable: false, error }),
  );
  try {
    return await Promise.race([answered, timedOut]);
  } finally {
    clearTimeout(timer);
    // Closed once the query ends, which may be after the answer was given.
    void answered.finally(() => session.close()).catch(() => undefined);
  }
}
