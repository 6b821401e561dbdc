import { Button, useGraphiQL } from "@graphiql/react";
import { useSyncExternalStore } from "react";
import type { ReceivedEvent, ReceivedEventLog } from "./ReceivedEventLog";
import "./ReceivedEventsPanel.css";

/** Every result the page's subscriptions received, newest first, each with the time it came. */
export function ReceivedEventsPanel({ log }: { log: ReceivedEventLog }) {
  const events = useSyncExternalStore(log.subscribe, log.getSnapshot);
  const running = useGraphiQL((state) => state.subscription !== null);
  return (
    <section className="iss-events" aria-label="Subscription events" data-count={events.length}>
      <div className="graphiql-doc-explorer-title">Subscription events</div>
      <div className="iss-events-status">
        <span>
          {events.length === 0
            ? "Nothing received yet: run a subscription (the example “Follow the log”)."
            : `${events.length} received${running ? ", subscription running" : ""}`}
        </span>
        {events.length > 0 && (
          <Button type="button" onClick={() => log.clear()}>
            Clear
          </Button>
        )}
      </div>
      <ol className="iss-events-list" reversed>
        {[...events].reverse().map((event) => (
          <ReceivedEventItem key={event.sequence} event={event} />
        ))}
      </ol>
    </section>
  );
}

function ReceivedEventItem({ event }: { event: ReceivedEvent }) {
  return (
    <li
      className={event.failed ? "iss-event iss-event-failed" : "iss-event"}
      data-testid="received-event"
    >
      <time dateTime={event.receivedAt.toISOString()}>{clockTime(event.receivedAt)}</time>
      <span className="iss-event-operation">{event.operationName}</span>
      <pre>{summary(event.payload)}</pre>
    </li>
  );
}

/** 14:03:07.412, local time: events a second apart stay apart. */
function clockTime(date: Date): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${pad(date.getMilliseconds(), 3)}`;
}

/** A result of one root field shows that field's value; anything else, the result. */
function summary(payload: unknown): string {
  if (
    typeof payload === "object" &&
    payload !== null &&
    "data" in payload &&
    !("errors" in payload)
  ) {
    const data = (payload as { data: unknown }).data;
    if (typeof data === "object" && data !== null) {
      const fields = Object.values(data);
      if (fields.length === 1) return JSON.stringify(fields[0]);
    }
  }
  return JSON.stringify(payload);
}
