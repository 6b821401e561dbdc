import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { projectRoot } from "../../src/config/projectRoot";
import type { StartedServer } from "../../src/server/ApiServer";
import {
  EDITOR,
  RUN,
  openGraphiQL,
  operationText,
  responseIncluding,
  runOperation,
  setEditor,
  showPlugin,
} from "../support/graphiqlPage";
import { launchOfflineChromium, type OfflineChromium } from "../support/offlineChromium";
import { graphqlClient, startTestServer } from "../support/testServer";
import { bearer, testAuthSettings } from "../support/testTokens";
import { RegisterEntityDocument, AddASourceToAFactDocument } from "./generated/graphql";

const example = (name: string) => readFileSync(`ide/examples/${name}.graphql`, "utf8");
const screenshot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(projectRoot(), "test-results", name) });

/** What the functions run in the page use of it (this file is compiled without DOM types). */
interface GraphInPage {
  __issGraph?: {
    getElementById(id: string): {
      renderedPosition(): { x: number; y: number };
      hasClass(name: string): boolean;
    };
    edges(): {
      map<T>(f: (edge: EdgeInPage) => T): T[];
    };
    container(): { getBoundingClientRect(): { left: number; top: number } };
  };
}
interface EdgeInPage {
  data(key: "edge"): { quotes: string[]; type: string };
  renderedMidpoint(): { x: number; y: number };
}

interface Subgraph {
  nodes: { distance: number; node: { id: string } }[];
  edges: { type: string; from: string; to: string; quotes?: string[] }[];
}

describe("GraphiQL's plugins and editor, in a browser with no internet", () => {
  let server: StartedServer;
  let browser: OfflineChromium;
  let context: BrowserContext;
  let external: string[] = [];

  /** A node's neighbourhood over HTTP, as the tests' own reference. */
  const neighbourhood = async (
    id: string,
    url = server.url,
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
  const growingNeighbour = async (shown: Subgraph, url = server.url, authorization?: string) => {
    for (const { node } of shown.nodes.filter((placed) => placed.distance === 1)) {
      const around = await neighbourhood(node.id, url, authorization);
      if (around.nodes.some((n) => !shown.nodes.some((s) => s.node.id === n.node.id))) {
        return { id: node.id, around };
      }
    }
    throw new Error("no neighbour of the start adds nodes");
  };
  /** Clicks a node of the drawing, where it is drawn. */
  /**
   * A point of the drawing once it stays put: the panel widens GraphiQL's pane after the first
   * draw and cytoscape follows, so a point read too early (a loaded machine) is off by then.
   */
  const settledPoint = async (read: () => Promise<{ x: number; y: number }>) => {
    let last = await read();
    for (let i = 0; i < 50; i++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      const now = await read();
      if (Math.abs(now.x - last.x) < 0.5 && Math.abs(now.y - last.y) < 0.5) return now;
      last = now;
    }
    return last;
  };
  const clickNode = async (page: Page, id: string) => {
    await page.mouse.move(0, 0);
    const target = await settledPoint(async () =>
      onPage(
        page,
        await page.evaluate(
          (id) =>
            (globalThis as unknown as GraphInPage)
              .__issGraph!.getElementById(`n:${id}`)
              .renderedPosition(),
          id,
        ),
      ),
    );
    await page.mouse.click(target.x, target.y);
  };
  const drawnNodesReach = (page: Page, nodes: number) =>
    page.waitForFunction(
      (nodes) =>
        (
          globalThis as unknown as {
            document: {
              querySelector(s: string): { getAttribute(a: string): string | null } | null;
            };
          }
        ).document
          .querySelector("[data-testid=graph-canvas]")
          ?.getAttribute("data-nodes") === String(nodes),
      nodes,
      { timeout: 30_000 },
    );
  const relations = (graph: Subgraph) =>
    new Set(graph.edges.map((edge) => `${edge.type}:${edge.from}:${edge.to}`));

  /** The position of an element of the drawing on the page. */
  const onPage = (page: Page, point: { x: number; y: number }) =>
    page.evaluate((point) => {
      const rect = (globalThis as unknown as GraphInPage)
        .__issGraph!.container()
        .getBoundingClientRect();
      return { x: rect.left + point.x, y: rect.top + point.y };
    }, point);

  const drawnCounts = (page: Page) =>
    page.locator("[data-testid=graph-canvas]").evaluate((canvas) => {
      const data = (canvas as unknown as { dataset: Record<string, string> }).dataset;
      return { nodes: Number(data.nodes), edges: Number(data.edges) };
    });

  beforeAll(async () => {
    mkdirSync(path.join(projectRoot(), "test-results"), { recursive: true });
    server = await startTestServer();
    browser = await launchOfflineChromium("graphiql-plugins-test-");
    ({ context, external } = browser);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("draws the neighbourhood example as a graph, shows an edge's quote, and grows when a node is clicked", async () => {
    const { page, errors } = await openGraphiQL(context, server.url);
    await runOperation(page, example("05-module-neighbourhood"));
    const result = JSON.parse(await responseIncluding(page, '"neighbourhood"')) as {
      data: { neighbourhood: Subgraph };
    };
    const shown = result.data.neighbourhood;
    expect(shown.nodes.length).toBeGreaterThan(2);
    // Each relation once (no historical versions in the seed): an edge in the JSON is one drawn.
    expect(relations(shown).size).toBe(shown.edges.length);

    await showPlugin(page, "Graph");
    const canvas = page.locator("[data-testid=graph-canvas][data-nodes]");
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
                  const data = edge.data("edge") as unknown as {
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
    expect(external).toEqual([]);
  });

  it("adds a clicked node's neighbours with the Headers tab's token, when reads need one", async () => {
    const closed = await startTestServer({
      empty: false,
      settings: { auth: testAuthSettings({ reads: "authenticated" }) },
    });
    try {
      const reader = await bearer("reader", "graph-reader");
      const { page, errors } = await openGraphiQL(context, closed.url);
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

  it("opens the query builder (explorer), whose fields write the operation", async () => {
    const { page, errors } = await openGraphiQL(context, server.url);
    await showPlugin(page, "GraphiQL Explorer");
    const explorer = page.locator(".graphiql-explorer-root");
    await explorer.waitFor({ timeout: 30_000 });
    await explorer.getByText("logPosition", { exact: true }).waitFor({ timeout: 30_000 });
    await explorer.getByText("logPosition", { exact: true }).click();
    await page.waitForFunction(
      (selector) =>
        (
          globalThis as unknown as {
            document: { querySelector(s: string): { textContent: string | null } | null };
          }
        ).document
          .querySelector(selector)
          ?.textContent?.includes("logPosition"),
      EDITOR,
      { timeout: 10_000 },
    );
    await screenshot(page, "graphiql-explorer.png");
    expect(errors).toEqual([]);
  });

  it("lists every event a subscription receives, with its time, and the examples menu names both", async () => {
    const { page, errors } = await openGraphiQL(context, server.url);
    // The examples menu: readable titles, the write and the subscription among them.
    await page.getByRole("button", { name: "Open a saved example" }).click();
    const items = await page.getByRole("menuitem").allInnerTexts();
    expect(items).toEqual(
      expect.arrayContaining([
        "Crew by agency",
        "An entity with its neighbours",
        "Add a source to a fact (a write)",
        "Follow the log (a subscription)",
      ]),
    );
    await page.keyboard.press("Escape");

    // The subscription example, from the log's next position: no race with its connection.
    const head = (await (
      await fetch(server.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ logPosition }" }),
      })
    ).json()) as { data: { logPosition: number } };
    const subscription = example("09-follow-the-log").replace(
      "events {",
      `events(fromPosition: ${head.data.logPosition + 1}) {`,
    );
    expect(subscription).toContain("fromPosition");
    await showPlugin(page, "Subscription events");
    await runOperation(page, subscription);

    // Two writes: the example's new source of a fact, then an entity; each appends its events.
    const request = graphqlClient(server.url, await bearer("writer", "graphiql-plugins"));
    const reported = await request(AddASourceToAFactDocument);
    expect(reported.errors).toBeUndefined();
    expect(reported.data!.corroborateFact.receipt).toMatchObject({
      factId: "zvezda-air-leak",
      replayed: false,
    });
    const registered = await request(RegisterEntityDocument, {
      input: {
        entityId: "seen-by-a-subscription",
        kind: "Place",
        name: "Seen by a subscription",
        source: { articleId: "iss-leaks-ap-2024-02-29", quote: "Moscow" },
      },
    });
    expect(registered.errors).toBeUndefined();
    const appended = [
      reported.data!.corroborateFact.receipt,
      registered.data!.registerEntity.receipt,
    ].flatMap((receipt) =>
      receipt.positions.map((position) => ({ position, stream: receipt.stream })),
    );
    expect(appended.length).toBeGreaterThanOrEqual(2);

    const list = page.locator(
      `section[aria-label="Subscription events"][data-count="${appended.length}"]`,
    );
    await list.waitFor({ timeout: 30_000 });
    const listed = await page.getByTestId("received-event").allInnerTexts();
    // Every event, newest first, each with its time, the operation and the event.
    expect(listed).toHaveLength(appended.length);
    appended.reverse().forEach(({ position, stream }, index) => {
      expect(listed[index]).toMatch(/^\d\d:\d\d:\d\d\.\d{3}/);
      expect(listed[index]).toContain("FollowTheLog");
      expect(listed[index]).toContain(`"position":${position}`);
      expect(listed[index]).toContain(`"stream":"${stream}"`);
    });
    // GraphiQL's own result pane holds only the latest.
    const latest = await responseIncluding(page, `"position": ${appended[0]!.position}`);
    expect(latest).not.toContain(`"position": ${appended.at(-1)!.position}`);
    await screenshot(page, "graphiql-subscription-events.png");

    // The example's commandId makes it idempotent: sent again, nothing is appended.
    const again = await request(AddASourceToAFactDocument);
    expect(again.data!.corroborateFact.receipt.replayed).toBe(true);
    await page.click(RUN); // stop the subscription
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
  });

  it("suggests people first when peop is typed in the operation editor", async () => {
    const { page, errors } = await openGraphiQL(context, server.url);
    await page.click(EDITOR);
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Delete");
    await page.keyboard.type("{ peop", { delay: 20 });
    expect(await operationText(page)).toMatch(/^\{ peop\}?$/);
    const rows = page.locator(".suggest-widget .monaco-list-row .label-name");
    let labels: string[] = [];
    // The schema arrives by introspection after the page: until then there is nothing to suggest.
    for (let attempt = 0; attempt < 30 && !labels.includes("people"); attempt++) {
      await page.keyboard.press("Escape");
      await page.keyboard.press("Control+Space");
      await page.waitForTimeout(500);
      labels = await rows.allInnerTexts();
    }
    expect(labels).toEqual(expect.arrayContaining(["people", "peopleByName", "peopleConnection"]));
    expect(labels[0]).toBe("people");
    await screenshot(page, "graphiql-completion.png");
    expect(errors).toEqual([]);
  });
});
