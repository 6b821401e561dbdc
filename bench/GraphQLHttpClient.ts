import { Pool } from "undici";

export class GraphQLRequestError extends Error {
  override readonly name = "GraphQLRequestError";
}

/**
 * GraphQL over HTTP as a frontend sends it (POST, JSON), on a pool of keep-alive connections:
 * one connection per concurrent client. Any GraphQL error is thrown, with the errors as sent.
 */
export class GraphQLHttpClient {
  private readonly pool: Pool;
  private readonly path: string;

  constructor(
    url: string,
    connections = 1,
    /** Sent with every request: `Bearer <token>` of a writer for commands. */
    private readonly authorization?: string,
  ) {
    const parsed = new URL(url);
    this.pool = new Pool(parsed.origin, { connections, pipelining: 1 });
    this.path = parsed.pathname;
  }

  async post<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<T> {
    const { statusCode, body } = await this.pool.request({
      method: "POST",
      path: this.path,
      headers: {
        "content-type": "application/json",
        accept: "application/json",
        ...(this.authorization ? { authorization: this.authorization } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const text = await body.text();
    let parsed: { data?: T; errors?: unknown[] };
    try {
      parsed = JSON.parse(text) as typeof parsed;
    } catch {
      throw new GraphQLRequestError(`HTTP ${statusCode}, not JSON: ${text.slice(0, 500)}`);
    }
    if (statusCode !== 200 || parsed.errors || !parsed.data) {
      throw new GraphQLRequestError(
        `HTTP ${statusCode}: ${JSON.stringify(parsed.errors ?? parsed).slice(0, 2_000)}\nquery: ${query.slice(0, 300)}\nvariables: ${JSON.stringify(variables).slice(0, 500)}`,
      );
    }
    return parsed.data;
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
