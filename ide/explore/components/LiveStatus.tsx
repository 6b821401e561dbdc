import { useLive } from "../live/LiveUpdates";

/**
 * Whether the page is live (subscribed to the log) and the log's head as it knows it. The data
 * attributes let a test wait for the subscription before it writes.
 */
export function LiveStatus() {
  const { connected, position, received } = useLive();
  return (
    <span
      className={`live ${connected ? "live-on" : "live-off"}`}
      data-live={connected ? "connected" : "disconnected"}
      data-position={position ?? ""}
      title={
        connected
          ? `Live: new facts appear as they are written (${received} since this page opened)`
          : "Not live: the connection to the API's subscriptions is down (it retries)"
      }
    >
      <span className="live-dot" aria-hidden="true" />
      {connected ? "live" : "offline"}
      {position !== null && <span className="live-position"> · log #{position}</span>}
    </span>
  );
}
