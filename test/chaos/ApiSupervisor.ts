import { startServerProcess, type ServerProcess } from "../support/serverProcess";

/** Attempts at starting the API before the run gives up (a start can meet a busy Neo4j). */
const START_ATTEMPTS = 3;

/**
 * The compiled API (what npm start runs) as a child process that the harness kills with
 * SIGKILL and starts again. Its address stays readable while it is down (requests to it fail,
 * as a client's would).
 */
export class ApiSupervisor {
  private process: ServerProcess | undefined;
  private address = "http://127.0.0.1:0/graphql";

  /** `env`: the API process's whole environment (test/support/apiProcessEnv.ts). */
  constructor(private readonly env: () => NodeJS.ProcessEnv) {}

  get url(): string {
    return this.address;
  }

  async start(): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        this.process = await startServerProcess(this.env());
        this.address = this.process.url;
        return;
      } catch (error) {
        if (attempt >= START_ATTEMPTS) throw error;
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    }
  }

  /** SIGKILL, and waits until the process is gone. */
  async kill(): Promise<void> {
    const process = this.process;
    if (!process) return;
    process.kill();
    await process.exited;
    this.process = undefined;
  }

  /** SIGTERM (drain, close the driver), SIGKILL if it has not exited within 30 s. */
  async stop(): Promise<void> {
    const process = this.process;
    if (!process) return;
    process.child.kill("SIGTERM");
    const timer = setTimeout(() => process.kill(), 30_000);
    await process.exited;
    clearTimeout(timer);
    this.process = undefined;
  }

  /** SIGKILL without waiting: for exit hooks, which cannot wait. */
  killNow(): void {
    this.process?.kill();
  }

  /** The last lines the current process printed (its warnings and errors). */
  outputTail(lines = 20): string {
    return (this.process?.output() ?? "").split("\n").slice(-lines).join("\n");
  }
}
