// Monaco's editor, JSON and GraphQL web workers, bundled by Vite (`?worker` imports): no CDN.
import "graphiql/setup-workers/vite";
import "graphiql/style.css";

import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";

import { ExamplesMenu } from "./ExamplesMenu";
import { examples } from "./examples";

// Same origin as the page, whether it is served at /graphql or /graphql/ide/.
const httpUrl = new URL("/graphql", window.location.href);
const wsUrl = new URL(httpUrl);
wsUrl.protocol = httpUrl.protocol === "https:" ? "wss:" : "ws:";

const fetcher = createGraphiQLFetcher({
  url: httpUrl.href,
  // Subscriptions go over graphql-ws; the headers editor's JSON becomes the connection params.
  subscriptionUrl: wsUrl.href,
  // A plain JSON POST (no multipart/mixed incremental delivery).
  enableIncrementalDelivery: false,
  headers: { "content-type": "application/json" },
});

const defaultTabs = examples.map((example) => ({ query: example.query }));

const root = document.getElementById("root");
if (!root) throw new Error("GraphiQL: #root element is missing");

createRoot(root).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultTabs={defaultTabs.length > 0 ? defaultTabs : undefined}>
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
