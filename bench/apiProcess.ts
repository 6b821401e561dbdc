/**
 * The API under the bench's reads and commands, in a process of its own (forked by
 * BenchApiProcess): the bench's own process holds the synthetic corpus (4 GB at 1M events), and
 * its collector and story generator would otherwise run in the API's event loop and be counted
 * as the API's time. Answers the parent's messages (ApiRequest) over the IPC channel.
 */
import { Session, type Profiler } from "node:inspector/promises";
import type { BenchTarget } from "./BenchTarget";
import type { ApiReply, ApiRequest } from "./BenchApiProcess";
import { startBenchApi } from "./startBenchApi";

// As npm start runs it: without source maps (see bench/run.ts).
process.setSourceMapsEnabled(false);

function send(reply: ApiReply): void {
  process.send!(reply);
}

async function main(): Promise<void> {
  const target = JSON.parse(process.env.BENCH_API_TARGET ?? "null") as BenchTarget | null;
  if (!target) throw new Error("BENCH_API_TARGET is not set: this process is forked by the bench");
  delete process.env.BENCH_API_TARGET;
  const server = await startBenchApi(target);
  let session: Session | undefined;

  process.on("message", (request: ApiRequest) => {
    const answer = async (): Promise<ApiReply> => {
      switch (request.type) {
        case "metrics":
          return { type: "metrics", metrics: server.services.commands.metrics() };
        case "profile-start":
          session = new Session();
          session.connect();
          await session.post("Profiler.enable");
          // Every 100 µs (the default is 1 ms): a read of a few ms gets samples of its own.
          await session.post("Profiler.setSamplingInterval", { interval: 100 });
          await session.post("Profiler.start");
          return { type: "profile-started" };
        case "profile-stop": {
          if (!session) throw new Error("no profile was started");
          const { profile }: { profile: Profiler.Profile } = await session.post("Profiler.stop");
          session.disconnect();
          session = undefined;
          return { type: "profile", profile };
        }
        case "stop":
          await server.stop();
          return { type: "stopped" };
      }
    };
    answer().then(
      (reply) => {
        send(reply);
        if (reply.type === "stopped") process.disconnect();
      },
      (error: unknown) =>
        send({ type: "error", message: error instanceof Error ? error.message : String(error) }),
    );
  });
  send({ type: "ready", url: server.url });
}

main().catch((error: unknown) => {
  process.stderr.write(`bench API: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
