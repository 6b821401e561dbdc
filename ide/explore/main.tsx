import "./explore.css";

import { ApolloProvider } from "@apollo/client/react";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter } from "react-router";
import { createApolloClient } from "./apollo/createApolloClient";
import { App } from "./App";
import { createConnectionStatus } from "./live/connectionStatus";
import { LiveUpdates } from "./live/LiveUpdates";

// The explorer: a linked-data frontend over the API, served by it at /explore (no CDN, offline).
const connection = createConnectionStatus();
const client = createApolloClient(connection);

const root = document.getElementById("root");
if (!root) throw new Error("explorer: #root element is missing");

createRoot(root).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <BrowserRouter basename="/explore">
        <LiveUpdates connection={connection}>
          <App />
        </LiveUpdates>
      </BrowserRouter>
    </ApolloProvider>
  </StrictMode>,
);
