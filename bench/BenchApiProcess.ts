import { fork, type ChildProcess } from "node:child_process";
import type { Profiler } from "node:inspector/promises";
import path from "node:path";
import type { WritePathMetrics } from "../src/commands/CommandHandler";
import { projectRoot } from "../src/config/projectRoot";
import type { BenchTarget } from "./BenchTarget";

/** What the bench asks of the API's process (bench/apiProcess.ts). */
export type ApiRequest =
  { type: "metrics" } | { type: "profile-start" } | { type: "profile-stop" } | { type: "stop" };

/** What it answers: one reply a request, in order, or an error. */
export type ApiReply =
  | { type: "ready"; url: string }
  | { type: "metrics"; metrics: WritePathMetrics }
  | { type: "profile-started" }
  | { type: "profile"; profile: Profiler.Profile }
  | { type: "stopped" }
  | { type: "error"; message: string };

type Reply<T extends ApiReply["type"]> = Extract<ApiReply, { type: T }>;

/** How long the API may take to start (it builds the schema) before the bench gives up. */
const START_TIMEOUT_MILLIS = 120_000;

/**
 * The API that the bench's reads and commands are sent to, served by a process of its own
 * (apiProcess.ts) over the bench's Neo4j, so that its CPU profile and its latencies are the
 * API's alone: the bench's process holds the corpus and generates the clients' commands.
 * Requests are answered one at a time, in the order sent.
 */
export class BenchApiProcess {
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
  ) {}

  static async start(target: BenchTarget): Promise<BenchApiProcess> {
    const root = projectRoot();
    const child = fork(path.join(root, "bench", "apiProcess.ts"), [], {
      cwd: root,
      execArgv: ["--import", "tsx"],
      env: { ...process.env, BENCH_API_TARGET: JSON.stringify(target) },
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    try {
      const ready = await nextReply(child, "ready", START_TIMEOUT_MILLIS);
      return new BenchApiProcess(child, ready.url);
    } catch (error) {
      child.kill("SIGKILL");
      throw error;
    }
  }

  /** The command handler's counters. */
  async metrics(): Promise<WritePathMetrics> {
    return (await this.ask({ type: "metrics" }, "metrics")).metrics;
  }

  /** Runs `work` with V8's sampling profiler on in the API's process; answers its profile. */
  async profile<T>(work: () => Promise<T>): Promise<{ result: T; profile: Profiler.Profile }> {
    await this.ask({ type: "profile-start" }, "profile-started");
    const stopped = () => this.ask({ type: "profile-stop" }, "profile");
    let result: T;
    try {
      result = await work();
    } catch (error) {
      await stopped().catch(() => undefined);
      throw error;
    }
    return { result, profile: (await stopped()).profile };
  }

  /** Drains its requests, closes its driver and waits for it to exit. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((resolve) => this.child.once("exit", resolve));
    await this.ask({ type: "stop" }, "stopped");
    await exited;
  }

  private ask<T extends ApiReply["type"]>(request: ApiRequest, expected: T): Promise<Reply<T>> {
    const asked = this.queue.then(() => {
      const reply = nextReply(this.child, expected);
      this.child.send(request);
      return reply;
    });
    this.queue = asked.catch(() => undefined);
    return asked;
  }
}

/** The child's next message, which must be of the type expected; rejects if it exits first. */
function nextReply<T extends ApiReply["type"]>(
  child: ChildProcess,
  expected: T,
  timeoutMillis?: number,
): Promise<Reply<T>> {
  return new Promise((resolve, reject) => {
    const timer =
      timeoutMillis === undefined
        ? undefined
        : setTimeout(
            () => settle(new Error(`the bench's API did not start in ${timeoutMillis} ms`)),
            timeoutMillis,
          );
    const onMessage = (reply: ApiReply) => {
      if (reply.type === expected) settle(undefined, reply as Reply<T>);
      else if (reply.type === "error") settle(new Error(`the bench's API: ${reply.message}`));
      else settle(new Error(`the bench's API answered ${reply.type}, not ${expected}`));
    };
    const onExit = (code: number | null, signal: string | null) =>
      settle(
        new Error(
          `the bench's API exited (${signal ?? `code ${code}`}) before answering ${expected}`,
        ),
      );
    const settle = (error?: Error, reply?: Reply<T>) => {
      clearTimeout(timer);
      child.off("message", onMessage);
      child.off("exit", onExit);
      if (error) reject(error);
      else resolve(reply!);
    };
    child.on("message", onMessage);
    child.once("exit", onExit);
  });
}
