import { ApolloClient, HttpLink, InMemoryCache, type TypePolicies } from "@apollo/client";
import { serverForTests } from "../support/testServer";
import { loadGuideModule, GUIDE_API } from "./frontendsGuide";
import { TimelinePageDocument, type TimelinePageQuery } from "../generated/graphql";

/**
 * docs/frontends.md, "Lists that page": with the guide's field policies, Apollo's cache joins the
 * pages of one list (the same arguments but first and after) into one entry, in order, each entry
 * once; without them, each page is an entry of its own.
 */
describe("the pages of a list in Apollo Client's cache", () => {
  const api = serverForTests();

  const variables = (after: string | null) => ({ about: "zvezda", first: 3, after });

  /**
   * Every page of the timeline about Zvezda, three entries each, through a client with the
   * policies given (from the network, as a "more" button asks): the entries each page answered,
   * and what the cache then answers for the first page's query.
   */
  async function pagesThenCache(typePolicies?: TypePolicies) {
    const client = new ApolloClient({
      cache: new InMemoryCache(typePolicies ? { typePolicies } : {}),
      link: new HttpLink({ uri: api.server.url }),
    });
    try {
      const seen: string[] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 50; pages += 1) {
        const answer = await client.query({
          query: TimelinePageDocument,
          variables: variables(after),
          fetchPolicy: "no-cache",
        });
        const page: TimelinePageQuery["timelineConnection"] = answer.data!.timelineConnection;
        seen.push(...page.edges.map((edge) => edge.node.factId));
        // The same page again, into the cache, as fetchMore writes it.
        await client.query({
          query: TimelinePageDocument,
          variables: variables(after),
          fetchPolicy: "network-only",
        });
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor ?? null;
      }
      const cached = client.readQuery({ query: TimelinePageDocument, variables: variables(null) });
      return { seen, cached: cached?.timelineConnection.edges.map((edge) => edge.node.factId) };
    } finally {
      client.stop();
    }
  }

  it("with the guide's policies, the first page's query reads back every page, in order", async () => {
    const { typePolicies } = await loadGuideModule<{ typePolicies: TypePolicies }>(
      "paged-lists",
      GUIDE_API,
    );
    const { seen, cached } = await pagesThenCache(typePolicies);
    expect(seen.length).toBeGreaterThan(6);
    expect(cached).toEqual(seen);
  });

  it("without them, it reads back its own page only", async () => {
    const { seen, cached } = await pagesThenCache();
    expect(cached).toEqual(seen.slice(0, 3));
  });
});
