import { Writable } from "node:stream";
import { createLogger } from "../../../src/server/createLogger";
import { REDACTED, redactTokens } from "../../../src/server/redactSecrets";

const KEY = `isskg_${"Ab9_-".repeat(8)}xyz`;
const JWT =
  "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ3cml0ZXIiLCJyb2xlcyI6WyJ3cml0ZXIiXX0.c2lnbmF0dXJlLW5vdC1yZWFs";

/** Everything a logger at trace level writes, as one string. */
function capture(write: (log: ReturnType<typeof createLogger>) => void): string {
  let written = "";
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      written += chunk.toString();
      done();
    },
  });
  write(createLogger("trace", sink));
  return written;
}

describe("secrets never reach the logs", () => {
  it("blanks the request's credentials and graphql-ws's connection_init payload by path", () => {
    const written = capture((log) => {
      log.info(
        {
          req: { headers: { authorization: "Bearer opaque-1", cookie: "session=opaque-2" } },
          res: { headers: { "set-cookie": "session=opaque-3" } },
        },
        "request completed",
      );
      log.debug({ connectionParams: { authorization: "opaque-4" } }, "connection_init");
      log.trace({ ctx: { connectionParams: { Authorization: "opaque-5" } } }, "subscribe");
    });
    for (const secret of ["opaque-1", "opaque-2", "opaque-3", "opaque-4", "opaque-5"])
      expect(written).not.toContain(secret);
    expect(written).toContain(REDACTED);
    expect(written).toContain("request completed");
  });

  it("blanks token-shaped values anywhere: messages, errors, URLs, nested fields", () => {
    const written = capture((log) => {
      log.error({ err: new Error(`the token ${JWT} did not verify`) }, "failure");
      log.warn(`GET /graphql?token=${encodeURIComponent(KEY)}`);
      log.info({ deep: { list: [{ value: `Bearer ${JWT}` }] } }, `header Bearer ${KEY}`);
      log.trace({ body: `{"authorization":"Basic dXNlcjpwYXNzd29yZA=="}` }, "body");
    });
    expect(written).not.toContain(KEY);
    expect(written).not.toMatch(/isskg_/);
    expect(written).not.toContain(JWT.split(".")[1]);
    expect(written).not.toContain("dXNlcjpwYXNzd29yZA");
    expect(written.split("\n").filter(Boolean)).toHaveLength(4);
  });

  it("leaves what only looks dotted alone: hosts, versions, addresses", () => {
    const line = "neo4j 5.26.19 at bolt://127.0.0.1:7687 for www.example.org";
    expect(redactTokens(line)).toBe(line);
    const challenge = 'www-authenticate: Bearer realm="iss-knowledge-graph", error="invalid_token"';
    expect(redactTokens(challenge)).toBe(challenge);
    expect(redactTokens(`a ${JWT} b`)).toBe(`a ${REDACTED} b`);
    expect(redactTokens(`unsigned eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0. end`)).toBe(
      `unsigned ${REDACTED} end`,
    );
  });
});
