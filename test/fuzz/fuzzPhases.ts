import { connect } from "node:net";
import { Writable } from "node:stream";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { randomBytes } from "node:crypto";
import { Agent, request } from "undici";

/** The heap after a full collection (MB): what is still held, not what is merely not freed yet. */
export function heapAfterGc(): number {
  setFlagsFromString("--expose-gc");
  (runInNewContext("gc") as () => void)();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

/**
 * A stream for the server's log that keeps nothing but counts: lines, and those holding a secret
 * of the run or anything token-shaped (an API key, a JWT, a Bearer credential).
 */
export function logScanner(secrets: readonly string[]): {
  stream: Writable;
  lines: () => number;
  leaks: () => number;
} {
  let lines = 0;
  let leaks = 0;
  const shapes = [/isskg_/, /eyJ[\w-]+\.[\w-]+\.[\w-]*/, /Bearer (?!\[redacted\]|realm=)/];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split("\n")) {
        if (!line) continue;
        lines += 1;
        if (secrets.some((s) => line.includes(s)) || shapes.some((shape) => shape.test(line)))
          leaks += 1;
      }
      done();
    },
  });
  return { stream, lines: () => lines, leaks: () => leaks };
}

/**
 * Slow-loris: `count` connections that send a request's headers a byte a second. Resolves when
 * the server has closed them all, or after `giveUpMs`, with how long the last stayed open.
 */
export async function slowLoris(
  port: number,
  count: number,
  giveUpMs: number,
): Promise<{ closed: number; longestMs: number }> {
  const started = performance.now();
  const header = `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ${"s".repeat(200)}`;
  const closedAt = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<number | undefined>((resolve) => {
          const socket = connect(port, "127.0.0.1");
          let sent = 0;
          const drip = setInterval(() => socket.write(header[sent++ % header.length]!), 1_000);
          const giveUp = setTimeout(() => {
            clearInterval(drip);
            socket.destroy();
            resolve(undefined);
          }, giveUpMs);
          socket.on("error", () => {});
          socket.on("close", () => {
            clearInterval(drip);
            clearTimeout(giveUp);
            resolve(performance.now() - started);
          });
        }),
    ),
  );
  const closed = closedAt.filter((at): at is number => at !== undefined);
  return { closed: closed.length, longestMs: Math.max(0, ...closed) };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;

/**
 * A valid writer's latency (its key, on a connection of its own) alone, then while tokens naming
 * a first-format key's id with random secrets arrive `perSecond` times a second: before the key
 * checks were digests, each such token cost an scrypt run and the writer's requests queued
 * behind them (18 ms became 19.3 s at 6.4 a second).
 */
export async function badTokenFlood(options: {
  url: string;
  writerKey: string;
  legacyKeyId: string;
  perSecond: number;
  samples: number;
}): Promise<{ aloneP50: number; duringP50: number; statuses: Record<number, number> }> {
  const writer = new Agent({ connections: 1 });
  const attacker = new Agent({ connections: 8 });
  const send = async (authorization: string, dispatcher: Agent) => {
    const started = performance.now();
    const response = await request(options.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization },
      body: JSON.stringify({ query: "{ viewer { subject } logPosition }" }),
      dispatcher,
    });
    await response.body.text();
    return { status: response.statusCode, millis: performance.now() - started };
  };
  const time = async () => {
    const times: number[] = [];
    for (let i = 0; i < options.samples; i++) {
      const { status, millis } = await send(`Bearer ${options.writerKey}`, writer);
      if (status !== 200) throw new Error(`the valid writer's request answered ${status}`);
      times.push(millis);
    }
    return median(times);
  };
  try {
    await time(); // warm
    const aloneP50 = await time();
    const statuses: Record<number, number> = {};
    let flooding = true;
    const flood = (async () => {
      const inFlight: Promise<void>[] = [];
      while (flooding) {
        const guess = `Bearer isskg_${options.legacyKeyId}_${randomBytes(32).toString("base64url")}`;
        inFlight.push(
          send(guess, attacker).then(({ status }) => {
            statuses[status] = (statuses[status] ?? 0) + 1;
          }),
        );
        await new Promise((resolve) => setTimeout(resolve, 1000 / options.perSecond));
      }
      await Promise.all(inFlight);
    })();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const duringP50 = await time();
    flooding = false;
    await flood;
    return { aloneP50, duringP50, statuses };
  } finally {
    await writer.close();
    await attacker.close();
  }
}
