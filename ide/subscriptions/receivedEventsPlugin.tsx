import type { GraphiQLPlugin } from "@graphiql/react";
import type { ReceivedEventLog } from "./ReceivedEventLog";
import { ReceivedEventsIcon } from "./ReceivedEventsIcon";
import { ReceivedEventsPanel } from "./ReceivedEventsPanel";

/**
 * The sidebar panel listing what subscriptions received. The log is filled by the fetcher
 * (recordSubscriptionResults), so events are kept while the panel is closed.
 */
export function receivedEventsPlugin(log: ReceivedEventLog): GraphiQLPlugin {
  return {
    title: "Subscription events",
    icon: ReceivedEventsIcon,
    content: () => <ReceivedEventsPanel log={log} />,
  };
}
