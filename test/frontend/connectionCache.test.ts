import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";
import { Kind, parse, type DocumentNode } from "graphql";
import type { StartedServer } from "../../src/server/ApiServer";
import { startTestServer } from "../support/testServer";
import { apolloClient } from "./clients";
import { frontendsGuideSnippets } from "./frontendsGuide";

/** One named operation of a snippet of the guide, with the fragments the snippet defines. */
function operationOf(snippet: string, name: string): DocumentNode {
  const document = parse(frontendsGuideSnippets().get(snippet)!.code);
  const definitions = document.definitions.filter(
    (definition) =>
      definition.kind === Kind.FRAGMENT_DEFINITION ||
      (definition.kind === Kind.OPERATION_DEFINITION && definition.name?.value === name),
  );
  if (!definitions.some((definition) => definition.kind === Kind.OPERATION_DEFINITION))
    throw new Error(`the snippet "${snippet}" has no operation ${name}`);
  return { ...document, definitions };
}

const variables = { id: "nasa" };

/**
 * Asks the two queries in turn from the network, then reads each back from the cache: what comes
 * back (null when the cache no longer holds all of it) beside what the network answered.
 */
async function bothReadBack(client: ApolloClient, first: DocumentNode, second: DocumentNode) {
  const answers = [];
  for (const query of [first, second])
    answers.push((await client.query({ query, variables, fetchPolicy: "network-only" })).data);
  const cached = [first, second].map((query) => client.readQuery({ query, variables }));
  return { answers, cached };
}

/**
 * docs/frontends.md, "One connection in two queries": two queries selecting different parts of
 * one membersConnection evict each other in Apollo's cache; one fragment, or a merge policy on the
 * connection type, keeps both.
 */
describe("one connection in two queries, in Apollo Client's cache", () => {
  let server: StartedServer;
  const clients: ApolloClient[] = [];

  beforeAll(async () => {
    server = await startTestServer();
  });

  afterAll(async () => {
    for (const client of clients) client.stop();
    await server?.stop();
  });

  /** The guide's client, or one with the merge policy the guide shows. */
  async function client(policy?: "merge"): Promise<ApolloClient> {
    const made = policy
      ? new ApolloClient({
          cache: new InMemoryCache({
            typePolicies: { AgencyMembersConnection: { merge: true } },
          }),
          link: new HttpLink({ uri: server.url }),
        })
      : await apolloClient(server);
    clients.push(made);
    return made;
  }

  const header = operationOf("evicting-queries", "AgencyHeader");
  const list = operationOf("evicting-queries", "AgencyMemberList");

  it("the guide's two queries evict each other: the header is gone once the list is answered", async () => {
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      const { answers, cached } = await bothReadBack(await client(), header, list);
      expect(answers[0]).toMatchObject({ agencies: [{ membersConnection: { totalCount: 4 } }] });
      expect(cached[0]).toBeNull();
      expect(cached[1]).toEqual(answers[1]);
    } finally {
      warn.mockRestore();
    }
  });

  it("with the guide's one fragment, both read back as the server answered them", async () => {
    const { answers, cached } = await bothReadBack(
      await client(),
      operationOf("one-fragment", "AgencyHeaderWithMembers"),
      operationOf("one-fragment", "AgencyMemberListWithMembers"),
    );
    expect(answers[0]).toMatchObject({ agencies: [{ membersConnection: { totalCount: 4 } }] });
    expect(cached).toEqual(answers);
  });

  it("with a merge policy on the connection type, both read back as the server answered them", async () => {
    const { answers, cached } = await bothReadBack(await client("merge"), header, list);
    expect(cached).toEqual(answers);
  });

  it("a merge policy does not keep two different parts of edges, as the guide says", async () => {
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const edges = (part: string) =>
      parse(
        `query ($id: ID!) { agencies(where: { id: { eq: $id } }) { id membersConnection { edges { ${part} } } } }`,
      );
    try {
      const { cached } = await bothReadBack(
        await client("merge"),
        edges("node { id name }"),
        edges("properties { role }"),
      );
      expect(cached[0]).toBeNull();
    } finally {
      warn.mockRestore();
    }
  });
});
