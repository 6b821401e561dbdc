import {
  clickNode,
  drawnCounts,
  drawnNodes,
  drawnNodesReach,
  onPage,
  overlapping,
  settledPoint,
  type GraphInPage,
} from "../support/drawnGraph";
import {
  example,
  graphiqlInBrowser,
  responseIncluding,
  runOperation,
  screenshot,
  setEditor,
  showPlugin,
} from "../support/graphiqlPage";
import { startTestServer } from "../support/testServer";
import { bearer, testAuthSettings } from "../../tools/support/testTokens";

interface Subgraph {
  nodes: { distance: number; node: { id: string } }[];
  edges: { type: string; from: string; to: string; quotes?: string[] }[];
}

describe("GraphiQL's Graph panel, in a browser with no internet", () => {
  const { session, open } = graphiqlInBrowser("graphiql-graph-test-");

  /** A node's neighbourhood over HTTP, as the tests' own reference. */
  const neighbourhood = async (
    id: string,
    url = session.server.url,
    authorization?: string,
  ): Promise<Subgraph> => {
    const response = await fetch(url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(authorization ? { authorization } : {}),
      },
      body: JSON.stringify({
        query: `query($id: ID!) { neighbourhood(id: $id, depth: 1) {
          nodes { distance node { id } } edges { type from to quotes } } }`,
        variables: { id },
      }),
    });
    return ((await response.json()) as { data: { neighbourhood: Subgraph } }).data.neighbourhood;
  };
  /** The first neighbour of `shown`'s start whose own neighbourhood holds nodes `shown` has not. */
  const growingNeighbour = async (
    shown: Subgraph,
    url = session.server.url,
    authorization?: string,
  ) => {
    for (const { node } of shown.nodes.filter((placed) => placed.distance === 1)) {
      const around = await neighbourhood(node.id, url, authorization);
      if (around.nodes.some((n) => !shown.nodes.some((s) => s.node.id === n.node.id))) {
        return { id: node.id, around };
      }
    }
    throw new Error("no neighbour of the start adds nodes");
  };
  const relations = (graph: Subgraph) =>
    new Set(graph.edges.map((edge) => `${edge.type}:${edge.from}:${edge.to}`));

  it("draws the neighbourhood example as a graph, shows an edge's quote, and grows when a node is clicked", async () => {
    const { page, errors } = await open();
    await runOperation(page, example("05-module-neighbourhood"));
    const result = JSON.parse(await responseIncluding(page, '"neighbourhood"')) as {
      data: { neighbourhood: Subgraph };
    };
    const shown = result.data.neighbourhood;
    expect(shown.nodes.length).toBeGreaterThan(2);
    // Each relation once (no historical versions in the seed): an edge in the JSON is one drawn.
    expect(relations(shown).size).toBe(shown.edges.length);

    await showPlugin(page, "Graph");
    const canvas = page.locator("[data-testid=graph-canvas][data-node-count]");
    await canvas.waitFor({ timeout: 30_000 });
    expect(await drawnCounts(page)).toEqual({
      nodes: new Set(shown.nodes.map((placed) => placed.node.id)).size,
      edges: shown.edges.length,
    });
    await expect(page.getByTestId("graph-summary").innerText()).resolves.toContain(
      `${shown.nodes.length} nodes, ${shown.edges.length} edges`,
    );

    // Hovering an edge shows its quote.
    const quoted = shown.edges.find((edge) => (edge.quotes?.length ?? 0) > 0)!;
    // A 1.5 px line under the pointer: hover again if the view was fitted anew meanwhile.
    const tooltip = page.getByRole("tooltip");
    for (let attempt = 1; ; attempt++) {
      await page.mouse.move(0, 0);
      const hover = await settledPoint(async () =>
        onPage(
          page,
          await page.evaluate(
            ([from, to, type]) =>
              (globalThis as unknown as GraphInPage)
                .__issGraph!.edges()
                .map((edge) => edge)
                .filter((edge) => {
                  const data = edge.data("detail") as unknown as {
                    from: string;
                    to: string;
                    type: string;
                  };
                  return data.from === from && data.to === to && data.type === type;
                })[0]!
                .renderedMidpoint(),
            [quoted.from, quoted.to, quoted.type] as const,
          ),
        ),
      );
      await page.mouse.move(hover.x, hover.y);
      try {
        await tooltip.waitFor({ timeout: 3_000 });
        break;
      } catch (error) {
        if (attempt === 5) throw error;
      }
    }
    expect(await tooltip.innerText()).toContain(quoted.quotes![0]!.slice(0, 40));
    await screenshot(page, "graphiql-graph.png");

    // Clicking a neighbour adds its own neighbours: the drawing becomes the union of both.
    const { id: clicked, around: grown } = await growingNeighbour(shown);
    expect(relations(grown).size).toBe(grown.edges.length);
    const expected = {
      nodes: new Set([...shown.nodes, ...grown.nodes].map((placed) => placed.node.id)).size,
      edges: new Set([...relations(shown), ...relations(grown)]).size,
    };
    expect(expected.nodes).toBeGreaterThan(shown.nodes.length);
    await clickNode(page, clicked);
    await drawnNodesReach(page, expected.nodes);
    expect(await drawnCounts(page)).toEqual(expected);
    expect(
      await page.evaluate(
        (id) =>
          (globalThis as unknown as GraphInPage)
            .__issGraph!.getElementById(`n:${id}`)
            .hasClass("expanded"),
        clicked,
      ),
    ).toBe(true);
    await screenshot(page, "graphiql-graph-expanded.png");
    expect(errors).toEqual([]);
    expect(session.browser.external).toEqual([]);
  });

  it("adds a clicked node's neighbours with the Headers tab's token, when reads need one", async () => {
    const closed = await startTestServer({
      empty: false,
      settings: { auth: testAuthSettings({ reads: "authenticated" }) },
    });
    try {
      const reader = await bearer("reader", "graph-reader");
      const { page, errors } = await open(closed.url);
      await page.getByRole("button", { name: "Headers" }).click();
      await setEditor(page, "request-headers.json", JSON.stringify({ Authorization: reader }));
      await runOperation(page, example("05-module-neighbourhood"));
      const shown = (
        JSON.parse(await responseIncluding(page, '"neighbourhood"')) as {
          data: { neighbourhood: Subgraph };
        }
      ).data.neighbourhood;
      await showPlugin(page, "Graph");
      await drawnNodesReach(page, shown.nodes.length);

      const { id, around } = await growingNeighbour(shown, closed.url, reader);
      await clickNode(page, id);
      await drawnNodesReach(
        page,
        new Set([...shown.nodes, ...around.nodes].map((placed) => placed.node.id)).size,
      );

      // Without the token the click is refused, and the panel says why.
      await setEditor(page, "request-headers.json", "{}");
      const other = shown.nodes.find((placed) => placed.node.id !== id && placed.distance === 1)!;
      await clickNode(page, other.node.id);
      const alert = page.locator(".iss-graph-failure");
      await alert.waitFor({ timeout: 30_000 });
      expect(await alert.innerText()).toContain(`Could not add the neighbours of ${other.node.id}`);
      expect(await alert.innerText()).toContain("needs the reader role");
      expect(errors).toEqual([]);
    } finally {
      await closed.stop();
    }
  });

  it("draws the crew example joined up, and a path as a line whose labels stand apart, readable", async () => {
    const { page, errors } = await open();
    await runOperation(page, example("01-crew-by-agency"));
    const crew = (
      JSON.parse(await responseIncluding(page, '"crew"')) as {
        data: {
          stations: {
            crew: { id: string; memberOfConnection: { edges: { node: { id: string } }[] } }[];
          }[];
        };
      }
    ).data.stations[0]!.crew;
    const agencies = new Set(
      crew.flatMap((person) => person.memberOfConnection.edges.map((edge) => edge.node.id)),
    );
    expect(agencies.size).toBeGreaterThan(1);
    await showPlugin(page, "Graph");
    // The station, its crew and their agencies: every node joined to another.
    await drawnNodesReach(page, 1 + crew.length + agencies.size);
    const joined = await drawnNodes(page);
    expect(joined.nodes.filter((node) => node.degree === 0).map((node) => node.id)).toEqual([]);
    await screenshot(page, "graphiql-graph-crew.png");

    await runOperation(page, example("03-path-crew-member-to-module"));
    const path = (
      JSON.parse(await responseIncluding(page, '"path"')) as {
        data: { path: { nodes: { node: { id: string } }[] } };
      }
    ).data.path;
    await page
      .locator(
        `[data-testid=graph-canvas][data-node-ids="${path.nodes
          .map((n) => n.node.id)
          .sort()
          .join(" ")}"]`,
      )
      .waitFor({ timeout: 30_000 });
    const drawn = await drawnNodes(page);
    expect(overlapping(drawn.nodes)).toEqual([]);
    for (const node of drawn.nodes) {
      expect({ node: node.id, readable: node.fontPixels >= 12 }).toEqual({
        node: node.id,
        readable: true,
      });
      // Inside the pane...
      expect(node.box.x1).toBeGreaterThanOrEqual(0);
      expect(node.box.y1).toBeGreaterThanOrEqual(0);
      expect(node.box.x2).toBeLessThanOrEqual(drawn.width);
      expect(node.box.y2).toBeLessThanOrEqual(drawn.height);
    }
    // ...and spread over it, not in a corner: the drawing spans most of the pane's length.
    const top = Math.min(...drawn.nodes.map((node) => node.box.y1));
    const bottom = Math.max(...drawn.nodes.map((node) => node.box.y2));
    expect(bottom - top).toBeGreaterThan(drawn.height / 2);
    await screenshot(page, "graphiql-graph-path.png");
    expect(errors).toEqual([]);
    expect(session.browser.external).toEqual([]);
  });
});
