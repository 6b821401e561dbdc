/** The log's constraints and indexes, created at start (idempotent). */
export const EVENT_STORE_SCHEMA = [
  "CREATE CONSTRAINT event_id IF NOT EXISTS FOR (e:Event) REQUIRE e.id IS UNIQUE",
  "CREATE CONSTRAINT event_position IF NOT EXISTS FOR (e:Event) REQUIRE e.position IS UNIQUE",
  "CREATE CONSTRAINT event_stream_revision IF NOT EXISTS FOR (e:Event) REQUIRE (e.stream, e.revision) IS UNIQUE",
  "CREATE CONSTRAINT event_stream_id IF NOT EXISTS FOR (s:EventStream) REQUIRE s.id IS UNIQUE",
  "CREATE CONSTRAINT command_id IF NOT EXISTS FOR (c:Command) REQUIRE c.id IS UNIQUE",
  "CREATE CONSTRAINT event_log_id IF NOT EXISTS FOR (l:EventLog) REQUIRE l.id IS UNIQUE",
  "CREATE INDEX event_stream IF NOT EXISTS FOR (e:Event) ON (e.stream)",
  "CREATE INDEX event_type IF NOT EXISTS FOR (e:Event) ON (e.type)",
  "CREATE INDEX event_command IF NOT EXISTS FOR (e:Event) ON (e.commandId)",
];

/** Labels of the log itself; every other node is the projection's. */
export const LOG_LABELS = ["Event", "EventStream", "Command", "EventLog"] as const;
