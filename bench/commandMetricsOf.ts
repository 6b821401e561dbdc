import type { StartedServer } from "../src/server/ApiServer";
import type { CommandMetrics } from "./measureCommands";

/**
 * The command handler's counters, read from the started server (server.services.commands
 * .metrics()) when the write path provides them; undefined until then, and the figure says n/a.
 */
export function commandMetricsOf(server: StartedServer): () => CommandMetrics | undefined {
  const services = (server as { services?: { commands?: { metrics?: () => CommandMetrics } } })
    .services;
  const commands = services?.commands;
  return () => (typeof commands?.metrics === "function" ? commands.metrics() : undefined);
}
