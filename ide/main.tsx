// Monaco's editor, JSON and GraphQL web workers, bundled by Vite (`?worker` imports): no CDN.
import "graphiql/setup-workers/vite";
import "graphiql/style.css";
import "@graphiql/plugin-explorer/style.css";

import { explorerPlugin } from "@graphiql/plugin-explorer";
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { GraphiQL, HISTORY_PLUGIN } from "graphiql";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";

import { keepLanguageServiceOrder } from "./completion/keepLanguageServiceOrder";
import { ExamplesMenu } from "./ExamplesMenu";
import { examples } from "./examples";
import { graphPlugin } from "./graph/graphPlugin";
import { ReceivedEventLog } from "./subscriptions/ReceivedEventLog";
import { receivedEventsPlugin } from "./subscriptions/receivedEventsPlugin";
import { recordSubscriptionResults } from "./subscriptions/recordSubscriptionResults";

// Same origin as the page, whether it is served at /graphql or /graphql/ide/.
const httpUrl = new URL("/graphql", window.location.href);
const wsUrl = new URL(httpUrl);
wsUrl.protocol = httpUrl.protocol === "https:" ? "wss:" : "ws:";

const receivedEvents = new ReceivedEventLog();

const fetcher = recordSubscriptionResults(
  createGraphiQLFetcher({
    url: httpUrl.href,
    // Subscriptions go over graphql-ws; the headers editor's JSON becomes the connection params.
    subscriptionUrl: wsUrl.href,
    // A plain JSON POST (no multipart/mixed incremental delivery).
    enableIncrementalDelivery: false,
    headers: { "content-type": "application/json" },
  }),
  receivedEvents,
);

// The sidebar: history, the query builder, the result as a graph, what subscriptions received.
const plugins = [
  HISTORY_PLUGIN,
  explorerPlugin(),
  graphPlugin,
  receivedEventsPlugin(receivedEvents),
];

void keepLanguageServiceOrder();

const defaultTabs = examples.map((example) => ({ query: example.query }));

const root = document.getElementById("root");
if (!root) throw new Error("GraphiQL: #root element is missing");

createRoot(root).render(
  <StrictMode>
    <GraphiQL
      fetcher={fetcher}
      plugins={plugins}
      defaultTabs={defaultTabs.length > 0 ? defaultTabs : undefined}
    >
      <GraphiQL.Toolbar>
        {({ prettify, merge, copy }) => (
          <>
            {prettify}
            {merge}
            {copy}
            <ExamplesMenu examples={examples} />
          </>
        )}
      </GraphiQL.Toolbar>
    </GraphiQL>
  </StrictMode>,
);
