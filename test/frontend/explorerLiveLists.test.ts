import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";
import { typePolicies } from "../../ide/explore/apollo/typePolicies";
import introspection from "../../ide/explore/generated/possibleTypes";
import { clientsForTests } from "./clientsForTests";
import { apolloFrontend } from "./frontendClient";
import { ReportIncidentForPagingDocument, TimelinePageDocument } from "../generated/graphql";

const SOURCE = { articleId: "iss-leaks-ap-2024-02-29", quote: "State corporation Roscosmos said" };

/**
 * The explorer's cache (ide/explore/apollo/typePolicies.ts) when live events make it read a
 * list's first page again (LiveUpdates refetches every query with the variables it was opened
 * with): the pages that "More" added stay, behind the first page as it is now.
 */
describe("the explorer's lists, refetched after live events", () => {
  const ctx = clientsForTests(apolloFrontend);

  it("keep the pages read after the first, with an entry inserted into the first page shown", async () => {
    const client = new ApolloClient({
      cache: new InMemoryCache({ possibleTypes: introspection.possibleTypes, typePolicies }),
      link: new HttpLink({ uri: ctx.server.url }),
    });
    try {
      const variables = (after: string | null) => ({ about: "zvezda", first: 3, after });
      const read = async (after: string | null) =>
        (
          await client.query({
            query: TimelinePageDocument,
            variables: variables(after),
            fetchPolicy: "network-only",
          })
        ).data!.timelineConnection;
      const cached = () =>
        client.readQuery({ query: TimelinePageDocument, variables: variables(null) })!
          .timelineConnection;

      // The first page, then "More" twice (each page after the last cursor, as fetchMore asks).
      const first = await read(null);
      const second = await read(first.pageInfo.endCursor ?? null);
      await read(second.pageInfo.endCursor ?? null);
      const before = cached().edges.map((edge) => edge.node.factId);
      expect(before.length).toBeGreaterThan(6);

      // Another editor reports an incident that sorts first; the first page is read again.
      await ctx.writer.mutate(ReportIncidentForPagingDocument, {
        input: {
          incidentId: "live-early-leak",
          kind: "AIR_LEAK",
          title: "An early event",
          occurredAt: "2000-01",
          affected: ["zvezda"],
          source: SOURCE,
        },
      });
      await read(null);

      const after = cached();
      expect(after.edges.map((edge) => edge.node.factId)).toEqual(["live-early-leak", ...before]);
      // What the server answers for the same stretch of the list, in one page.
      const { data } = await client.query({
        query: TimelinePageDocument,
        variables: { about: "zvezda", first: before.length + 1, after: null },
        fetchPolicy: "no-cache",
      });
      expect(after.edges.map((edge) => edge.node.factId)).toEqual(
        data!.timelineConnection.edges.map((edge) => edge.node.factId),
      );
      // "More" goes on after the last entry read, not after the first page.
      expect(after.pageInfo.endCursor).toBe(after.edges.at(-1)!.cursor);
      expect(after.pageInfo.hasNextPage).toBe(data!.timelineConnection.pageInfo.hasNextPage);
    } finally {
      client.stop();
    }
  });
});
