import type { ApolloClient } from "@apollo/client";
import { gql } from "@apollo/client";
import { bearer } from "../../tools/support/testTokens";
import type { StartedServer } from "../../src/server/ApiServer";
import { changeWrites, PATIENT_SETTINGS } from "../support/factChanges";
import { startTestServer, textQueryClient } from "../support/testServer";
import { apolloClient } from "./clients";
import { loadGuideModule } from "./frontendsGuide";

/** The views of a page: lists of the facts the catch-up's node selection covers. */
const VIEW = gql`
  query ChangesView {
    incidents(sort: [{ id: ASC }]) {
      id
      title
      occurredAt
    }
    statements(sort: [{ id: ASC }]) {
      id
      text
    }
    modules(sort: [{ id: ASC }]) {
      id
      name
      description
    }
  }
`;
const VIEW_TEXT = `{
  incidents(sort: [{ id: ASC }]) { __typename id title occurredAt }
  statements(sort: [{ id: ASC }]) { __typename id text }
  modules(sort: [{ id: ASC }]) { __typename id name description } }`;

const FACT_CHANGES = gql`
  subscription FollowChanges($from: Int) {
    factChanges(fromPosition: $from) {
      factId
      typename
      kind
      mergedInto
      position
    }
  }
`;

interface Received {
  factId: string;
  typename: string;
  kind: string;
  mergedInto: string | null;
  position: number;
}

/**
 * docs/frontends.md, "Catching up": a cache filled at P, then a correction, a retraction and a
 * merge; the guide's catchUp brings it to a fresh read, and factChanges streams the same records.
 */
describe("catching up with changes since a position, in Apollo Client's cache", () => {
  let server: StartedServer;
  let client: ApolloClient;
  let ask: ReturnType<typeof textQueryClient>;

  beforeAll(async () => {
    server = await startTestServer({ settings: PATIENT_SETTINGS });
    client = await apolloClient(server);
    ask = textQueryClient(server.url, await bearer("writer"));
    // A duplicate that the cache holds before P, merged after it.
    await changeWrites(ask).registerDuplicate(false);
  });

  afterAll(async () => {
    client?.stop();
    await server?.stop();
  });

  it("brings the cache to what a fresh read answers, and the subscription delivers the same changes", async () => {
    await client.query({ query: VIEW, fetchPolicy: "network-only" });
    const since = (await ask<{ logPosition: number }>("{ logPosition }")).data!.logPosition;

    const received: Received[] = [];
    const subscription = client
      .subscribe<{ factChanges: Received }>({ query: FACT_CHANGES, variables: { from: since } })
      .subscribe({ next: ({ data }) => data && received.push(data.factChanges) });
    try {
      const writes = changeWrites(ask);
      await writes.correct("zvezda-air-leak", `{ title: "Air leak in the Zvezda module" }`);
      await writes.correct("zvezda", `{ description: "The service module" }`);
      await writes.retractStatement();
      await writes.mergeDuplicate();
      const fresh = (await ask(VIEW_TEXT)).data;
      // Before catching up, the cache still shows the graph at P: the test can fail.
      expect(client.readQuery({ query: VIEW })).not.toEqual(fresh);

      const guide = await loadGuideModule<{
        catchUp(client: ApolloClient, since: number): Promise<number>;
      }>("catch-up", new URL(server.url).host);
      const head = await guide.catchUp(client, since);
      expect(head).toBe((await ask<{ logPosition: number }>("{ logPosition }")).data!.logPosition);
      expect(client.readQuery({ query: VIEW })).toEqual(fresh);

      const expected = [
        { factId: "zvezda-air-leak", typename: "Incident", kind: "CORRECTED", mergedInto: null },
        { factId: "zvezda", typename: "Module", kind: "CORRECTED", mergedInto: null },
        {
          factId: "roscosmos-no-threat",
          typename: "Statement",
          kind: "RETRACTED",
          mergedInto: null,
        },
        { factId: "docking-compartment", typename: "Module", kind: "MERGED", mergedInto: "pirs" },
      ];
      for (let waited = 0; received.length < expected.length && waited < 100; waited++)
        await new Promise((resolve) => setTimeout(resolve, 100));
      expect(received).toEqual(expected.map((change) => expect.objectContaining(change)));
      expect(received.at(-1)!.position).toBe(head);
    } finally {
      subscription.unsubscribe();
    }
  });
});
