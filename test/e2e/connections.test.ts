import { connect, type Socket } from "node:net";
import type { StartedServer } from "../../src/server/ApiServer";
import { startTestServer } from "../support/testServer";

/** A TCP connection to the server, with when it closed (if it did). */
function open(port: number): Promise<{ socket: Socket; closed: Promise<number> }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    const closed = new Promise<number>((done) => socket.on("close", () => done(performance.now())));
    socket.on("error", () => {});
    socket.once("connect", () => resolve({ socket, closed }));
    socket.once("error", reject);
  });
}

const answers = async (url: string) =>
  (
    await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ logPosition }" }),
    })
  ).status;

/**
 * Slow-loris: connections that send their request a byte at a time are closed when their headers
 * or their whole request are late, and no more connections are held than the cap.
 */
describe("connections: what one client may hold", () => {
  let server: StartedServer;

  beforeAll(async () => {
    server = await startTestServer({
      settings: {
        connections: {
          headersTimeoutMs: 1_500,
          receiveTimeoutMs: 3_000,
          keepAliveTimeoutMs: 1_000,
          maxConnections: 40,
        },
      },
    });
  });

  afterAll(async () => {
    await server?.stop();
  });

  it("closes connections whose headers come a byte at a time, and serves others meanwhile", async () => {
    const request = `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nX-Slow: ${"a".repeat(100)}`;
    const started = performance.now();
    const loris = await Promise.all(Array.from({ length: 20 }, () => open(server.port)));
    let sent = 0;
    const drip = setInterval(() => {
      for (const { socket } of loris) if (!socket.destroyed) socket.write(request[sent] ?? "a");
      sent += 1;
    }, 200);
    try {
      expect(await answers(server.url)).toBe(200);
      const closedAt = await Promise.all(loris.map(({ closed }) => closed));
      const longest = Math.max(...closedAt) - started;
      process.stdout.write(`slow-loris: 20 connections closed within ${Math.round(longest)} ms\n`);
      // Headers due within 1.5 s; Node looks for late ones every second.
      expect(longest).toBeLessThan(1_500 + 1_000 + 1_500);
    } finally {
      clearInterval(drip);
    }
  });

  it("closes a connection whose body is late, once the whole request is", async () => {
    const { socket, closed } = await open(server.port);
    const started = performance.now();
    socket.write(
      "POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{",
    );
    const drip = setInterval(() => !socket.destroyed && socket.write(" "), 200);
    try {
      const millis = (await closed) - started;
      expect(millis).toBeGreaterThan(2_500);
      expect(millis).toBeLessThan(3_000 + 1_000 + 1_500);
    } finally {
      clearInterval(drip);
    }
  });

  it("holds no more connections than MAX_CONNECTIONS, and serves again once they close", async () => {
    const held = await Promise.all(Array.from({ length: 40 }, () => open(server.port)));
    const extra = await open(server.port);
    const refusedAt = await Promise.race([
      extra.closed,
      new Promise<number>((resolve) => setTimeout(() => resolve(-1), 2_000)),
    ]);
    expect(refusedAt).toBeGreaterThan(0);
    for (const { socket } of held) socket.destroy();
    await Promise.all(held.map(({ closed }) => closed));
    expect(await answers(server.url)).toBe(200);
  });
});
