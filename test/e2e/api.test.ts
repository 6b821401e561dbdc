import { createClient } from "graphql-ws";
import WebSocket from "ws";
import {
  CausesAndSourcesDocument,
  CrewByAgencyDocument,
  EntityByIdDocument,
  IncidentTimelineDocument,
  KnownAtADateDocument,
  ModuleNeighbourhoodDocument,
  PathFromCrewMemberToModuleDocument,
  RegisterEntityDocument,
  SearchAndHistoryDocument,
  type NewEventsSubscription,
} from "../generated/graphql";
import { NewEventsDocument } from "../generated/graphql";
import { print } from "graphql";
import { AP_ARTICLE, apSource } from "../support/apArticle";
import { serverForTests } from "../support/testServer";
import { bearer } from "../../tools/support/testTokens";

describe("the GraphQL API over HTTP", () => {
  const api = serverForTests();

  describe("the example queries of the IDE answer with the seeded articles' facts", () => {
    it("crew by agency", async () => {
      const { data, errors } = await api.request(CrewByAgencyDocument);
      expect(errors).toBeUndefined();
      const crew = data!.stations[0]!.crew;
      // The AP article's crew of 2024, and NASA's posts' crew of 2020.
      expect(crew.map((p) => p.name)).toEqual([
        "Anatoly Ivanishin",
        "Andreas Mogensen",
        "Chris Cassidy",
        "Ivan Vagner",
        "Jasmin Moghbeli",
        "Konstantin Borisov",
        "Loral OHara",
        "Nikolai Chub",
        "Oleg Kononenko",
        "Satoshi Furukawa",
      ]);
      const agencyOf = Object.fromEntries(
        crew.map((p) => [
          p.name,
          p.memberOfConnection.edges.map((e) => ("id" in e.node ? e.node.id : "")).join(),
        ]),
      );
      expect(agencyOf).toMatchObject({
        "Jasmin Moghbeli": "nasa",
        "Andreas Mogensen": "esa",
        "Oleg Kononenko": "roscosmos",
        "Satoshi Furukawa": "jaxa",
        "Chris Cassidy": "nasa",
      });
      const furukawa = crew.find((p) => p.name === "Satoshi Furukawa")!.memberOfConnection
        .edges[0]!;
      expect(furukawa.properties.certainty).toBe("inferred");
      expect(furukawa.properties.quotes[0]).toContain("Japanese astronaut Satoshi Furukawa");
    });

    it("the incident timeline, honest about precision", async () => {
      const { data } = await api.request(IncidentTimelineDocument);
      const entries = data!.timeline.entries;
      const incidents = entries.filter((e) => e.kind === "INCIDENT");
      // NASA's date of the leak's first signs (preferred over the AP article's August 2020).
      expect(incidents.map((e) => [e.incidentId, e.at, e.precision])).toEqual([
        ["zvezda-air-leak", "2019-09", "month"],
        ["soyuz-coolant-leak", "2022-12", "month"],
        ["progress-coolant-leak", "2023-02", "month"],
        ["nauka-coolant-leak", "2023-10", "month"],
      ]);
      const laterThatYear = entries.find(
        (e) => e.at === "2020" && e.updateKind === "SOURCE_LOCATED",
      )!;
      expect(laterThatYear.precision).toBe("year");
      expect(laterThatYear.orderIsCertain).toBe(false);
      expect(entries.indexOf(laterThatYear)).toBeGreaterThan(
        entries.findIndex((e) => e.incidentId === "zvezda-air-leak"),
      );
      expect(data!.timeline.undated.map((e) => e.kind)).toContain("UPDATE");
    });

    it("a path from a crew member to a module", async () => {
      const { data } = await api.request(PathFromCrewMemberToModuleDocument);
      const path = data!.path!;
      expect(path.nodes[0]).toMatchObject({ distance: 0, node: { id: "oleg-kononenko" } });
      expect(path.nodes[path.nodes.length - 1]!.node.id).toBe("zvezda");
      expect(path.nodes.map((n) => n.distance)).toEqual(path.nodes.map((_n, i) => i));
      expect(path.edges).toHaveLength(path.nodes.length - 1);
      // In path order: edge i joins node i and node i + 1, whichever way it points.
      path.edges.forEach((edge, i) => {
        const ends = [path.nodes[i]!.node.id, path.nodes[i + 1]!.node.id].sort();
        expect([edge.from, edge.to].sort()).toEqual(ends);
        expect(edge.quotes.length).toBeGreaterThan(0);
      });
    });

    it("what was known at a date", async () => {
      const { data } = await api.request(KnownAtADateDocument);
      const entries = data!.timelineConnection.edges.map((edge) => edge.node);
      expect(data!.timelineConnection.pageInfo.hasNextPage).toBe(false);
      expect(entries.filter((e) => e.kind === "INCIDENT").map((e) => e.at)).toEqual(["2019-09"]);
      expect(entries.some((e) => e.at === "2021-11")).toBe(true);
      const crew = data!.relationsConnection.edges.map((edge) => edge.node);
      expect(crew.map((r) => r.from.id).sort()).toEqual([
        "andreas-mogensen",
        "jasmin-moghbeli",
        "konstantin-borisov",
        "loral-ohara",
        "nikolai-chub",
        "oleg-kononenko",
        "satoshi-furukawa",
      ]);
    });

    it("an entity with its neighbours", async () => {
      const { data } = await api.request(ModuleNeighbourhoodDocument);
      const ids = data!.neighbourhood!.nodes.map((n) => n.node.id);
      expect(ids[0]).toBe("zvezda");
      expect(ids).toEqual(expect.arrayContaining(["russian-segment", "zvezda-air-leak"]));
      expect(data!.neighbourhood!.edges.map((e) => e.type)).toEqual(
        expect.arrayContaining(["PART_OF", "AFFECTED"]),
      );
    });

    it("an entity's neighbourhood reads its edges' fields as the operation selects them", async () => {
      type Edges = { neighbourhood: { edges: Record<string, unknown>[] } };
      const read = async (edgeFields: string, fragments = "") => {
        const { data, errors } = await api.ask<Edges>(
          `{ neighbourhood(id: "zvezda") { edges { id type ${edgeFields} } } } ${fragments}`,
        );
        expect(errors).toBeUndefined();
        return [...data!.neighbourhood.edges].sort((a, b) =>
          String(a.id).localeCompare(String(b.id)),
        );
      };
      const bare = await read("");
      const cited = await read("quotes sources certainty knownUntil");
      const throughFragments = await read(
        "... on GraphEdge { said: quotes } ...Provenance",
        "fragment Provenance on GraphEdge { sources validFrom validFromPrecision }",
      );
      expect(cited.map((e) => e.id)).toEqual(bare.map((e) => e.id));
      const partOf = (edges: Record<string, unknown>[]) => edges.find((e) => e.type === "PART_OF")!;
      expect(partOf(cited)).toMatchObject({
        certainty: "inferred",
        knownUntil: null,
        sources: expect.arrayContaining([AP_ARTICLE]),
        quotes: expect.arrayContaining([expect.stringContaining("in the Zvezda module")]),
      });
      expect(partOf(throughFragments).said).toEqual(partOf(cited).quotes);
      expect(partOf(throughFragments).sources).toEqual(partOf(cited).sources);
    });

    it("causes, with their sources", async () => {
      const { data } = await api.request(CausesAndSourcesDocument);
      const causes = data!.incidents.flatMap((i) =>
        i.updates.map((u) => [i.id, u.cause, u.ruledOut]),
      );
      expect(causes).toEqual(
        expect.arrayContaining([
          ["soyuz-coolant-leak", "impacts by small meteoroids", "manufacturing defects"],
          ["progress-coolant-leak", "impacts by small meteoroids", "manufacturing defects"],
        ]),
      );
      expect(data!.sources[0]).toMatchObject({
        eventType: "IncidentReported",
        publisher: "The Associated Press",
      });
      expect(data!.sources[0]!.quote).toContain("Soyuz crew capsule");
    });

    it("search and history", async () => {
      const { data } = await api.request(SearchAndHistoryDocument);
      expect(data!.searchConnection.totalCount).toBeGreaterThan(0);
      // Search as you type: "zvez" finds the module by its name first.
      expect(data!.searchConnection.edges[0]).toMatchObject({
        node: { id: "zvezda" },
        field: "NAME",
      });
      const history = data!.modules[0]!.historyConnection;
      expect(history.edges[0]!.node).toMatchObject({ type: "EntityRegistered" });
      expect(history.totalCount).toBeGreaterThanOrEqual(history.edges.length);
      expect(data!.eventLog.map((e) => e.position)).toEqual([1, 2, 3, 4, 5]);
    });
  });

  describe("GraphQL over HTTP", () => {
    it("answers GET queries and both JSON media types", async () => {
      // CSRF prevention: a GET must say it is no simple cross-site request.
      const get = await fetch(`${api.server.url}?query=${encodeURIComponent("{ logPosition }")}`, {
        headers: { accept: "application/json", "apollo-require-preflight": "true" },
      });
      expect(get.status).toBe(200);
      expect(get.headers.get("content-type")).toContain("application/json");
      expect(
        ((await get.json()) as { data: { logPosition: number } }).data.logPosition,
      ).toBeGreaterThan(90);
    });

    it("refuses a mutation over GET, and a simple cross-site POST (CSRF)", async () => {
      const mutation = `mutation { retractFact(input: { factId: "entity-nasa", reason: "x", source: { articleId: "${AP_ARTICLE}", quote: "NASA" } }) { factId } }`;
      const get = await fetch(`${api.server.url}?query=${encodeURIComponent(mutation)}`, {
        headers: { accept: "application/json", "apollo-require-preflight": "true" },
      });
      expect(get.status).toBe(405);
      const simpleGet = await fetch(
        `${api.server.url}?query=${encodeURIComponent("{ logPosition }")}`,
        {
          headers: { accept: "application/json" },
        },
      );
      expect(simpleGet.status).toBe(400);
      const csrf = await fetch(api.server.url, {
        method: "POST",
        headers: { "content-type": "text/plain" },
        body: JSON.stringify({ query: mutation }),
      });
      expect(csrf.status).toBe(400);
      const { data } = await api.request(EntityByIdDocument, { id: "nasa" });
      expect(data!.entities).toHaveLength(1);
    });

    it("refuses a body over the limit with 413 and a code", async () => {
      const response = await fetch(api.server.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ logPosition }", padding: "x".repeat(200_000) }),
      });
      expect(response.status).toBe(413);
      expect(await response.json()).toMatchObject({
        errors: [{ extensions: { code: "PAYLOAD_TOO_LARGE" } }],
      });
    });

    it("serves health, readiness and, to browsers, the IDE", async () => {
      const base = api.server.url.replace(/\/graphql$/, "");
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      expect(await (await fetch(`${base}/readyz`)).json()).toMatchObject({ status: "ready" });
      const page = await fetch(api.server.url, { headers: { accept: "text/html" } });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain("/graphql/ide/assets/");
    });
  });

  it("delivers over graphql-ws an event appended by a mutation", async () => {
    const client = createClient({
      url: api.server.wsUrl,
      webSocketImpl: WebSocket,
      lazy: true,
      connectionParams: { authorization: await bearer("reader") },
    });
    try {
      const received = new Promise<NewEventsSubscription["events"]>((resolve, reject) => {
        const stop = client.subscribe<NewEventsSubscription>(
          { query: print(NewEventsDocument), variables: { types: ["EntityRegistered"] } },
          {
            next: ({ data }) => {
              if (data?.events.stream === "entity-e2e-live") {
                resolve(data.events);
                stop();
              }
            },
            error: reject,
            complete: () => {},
          },
        );
      });
      await new Promise((r) => setTimeout(r, 500));
      const { errors } = await api.request(RegisterEntityDocument, {
        input: { entityId: "e2e-live", kind: "Place", name: "Live", source: apSource("Moscow") },
      });
      expect(errors).toBeUndefined();
      await expect(received).resolves.toMatchObject({
        type: "EntityRegistered",
        stream: "entity-e2e-live",
        sourceQuote: "Moscow",
      });
    } finally {
      await client.dispose();
    }
  });
});
