import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { projectionFingerprint } from "../../src/projection/projectionFingerprint";
import type { StartedServer } from "../../src/server/ApiServer";
import {
  CausesAndSourcesDocument,
  CorrectFactDocument,
  CrewByAgencyDocument,
  EntityByIdDocument,
  IncidentTimelineDocument,
  IngestArticleDocument,
  KnownAtADateDocument,
  LinkEntitiesDocument,
  ModuleNeighbourhoodDocument,
  PathFromCrewMemberToModuleDocument,
  RecordStatementDocument,
  RegisterEntityDocument,
  ReportIncidentDocument,
  RetractedFactsDocument,
  RetractFactDocument,
  SearchAndHistoryDocument,
  type NewEventsSubscription,
} from "./generated/graphql";
import { NewEventsDocument } from "./generated/graphql";
import { print } from "graphql";
import { graphqlClient, startTestServer } from "../support/testServer";
import { bearer } from "../../tools/support/testTokens";

const ARTICLE = "iss-leaks-ap-2024-02-29";
const source = (quote: string) => ({ articleId: ARTICLE, quote });

describe("the GraphQL API over HTTP", () => {
  let server: StartedServer;
  let request: ReturnType<typeof graphqlClient>;

  beforeAll(async () => {
    server = await startTestServer();
    request = graphqlClient(server.url, await bearer("writer"));
  });

  afterAll(async () => {
    await server?.stop();
  });

  describe("the example queries of the IDE answer with the seeded articles' facts", () => {
    it("crew by agency", async () => {
      const { data, errors } = await request(CrewByAgencyDocument);
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
      const { data } = await request(IncidentTimelineDocument);
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
      const { data } = await request(PathFromCrewMemberToModuleDocument);
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
      const { data } = await request(KnownAtADateDocument);
      expect(data!.timeline.entries.filter((e) => e.kind === "INCIDENT").map((e) => e.at)).toEqual([
        "2019-09",
      ]);
      expect(data!.timeline.entries.some((e) => e.at === "2021-11")).toBe(true);
      expect(data!.relations.map((r) => r.from.id).sort()).toEqual([
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
      const { data } = await request(ModuleNeighbourhoodDocument);
      const ids = data!.neighbourhood!.nodes.map((n) => n.node.id);
      expect(ids[0]).toBe("zvezda");
      expect(ids).toEqual(expect.arrayContaining(["russian-segment", "zvezda-air-leak"]));
      expect(data!.neighbourhood!.edges.map((e) => e.type)).toEqual(
        expect.arrayContaining(["PART_OF", "AFFECTED"]),
      );
    });

    it("causes, with their sources", async () => {
      const { data } = await request(CausesAndSourcesDocument);
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
      const { data } = await request(SearchAndHistoryDocument);
      expect(data!.search.length).toBeGreaterThan(0);
      // Search as you type: "zvez" finds the module by its name first.
      expect(data!.search[0]).toMatchObject({ node: { id: "zvezda" }, field: "NAME" });
      expect(data!.modules[0]!.history[0]).toMatchObject({ type: "EntityRegistered" });
      expect(data!.eventLog.map((e) => e.position)).toEqual([1, 2, 3, 4, 5]);
    });
  });

  describe("commands", () => {
    it("registers an entity and answers with its events' positions and the entity as now projected", async () => {
      const { data, errors } = await request(RegisterEntityDocument, {
        input: {
          entityId: "e2e-person",
          kind: "Person",
          name: "Oleg K.",
          source: source("Oleg Kononenko"),
        },
        commandId: "e2e-register-1",
      });
      expect(errors).toBeUndefined();
      expect(data!.registerEntity.receipt).toMatchObject({
        commandId: "e2e-register-1",
        stream: "entity-e2e-person",
        streamRevision: 1,
        eventTypes: ["EntityRegistered"],
        replayed: false,
      });
      expect(data!.registerEntity.entity).toMatchObject({
        id: "e2e-person",
        kind: "Person",
        quotes: ["Oleg Kononenko"],
      });
      expect(data!.registerEntity.entity!.knownSince).toBe(
        data!.registerEntity.receipt.positions[0],
      );

      const link = await request(LinkEntitiesDocument, {
        input: {
          relation: "MEMBER_OF",
          from: "e2e-person",
          to: "roscosmos",
          role: "cosmonaut",
          source: source("Russian cosmonauts"),
        },
      });
      expect(link.errors).toBeUndefined();
      const position = link.data!.linkEntities.receipt.positions[0];
      expect(link.data!.linkEntities.relation).toMatchObject({
        // One id per version of the relation; factId names the relation.
        id: `e2e-person-member-of-roscosmos@${position}`,
        factId: "e2e-person-member-of-roscosmos",
        type: "MEMBER_OF",
        from: { id: "e2e-person" },
        to: { id: "roscosmos" },
        role: "cosmonaut",
      });
    });

    it("returns the first result for a retried command id and appends nothing", async () => {
      const variables = {
        input: {
          entityId: "e2e-retry",
          kind: "Agency" as const,
          name: "Retry",
          source: source("NASA"),
        },
        commandId: "e2e-retry-1",
      };
      const first = await request(RegisterEntityDocument, variables);
      const position = await server.database.driver.executeQuery(
        "MATCH (l:EventLog) RETURN l.position AS p",
      );
      const again = await request(RegisterEntityDocument, variables);
      expect(again.data!.registerEntity.receipt).toEqual({
        ...first.data!.registerEntity.receipt,
        replayed: true,
      });
      const after = await server.database.driver.executeQuery(
        "MATCH (l:EventLog) RETURN l.position AS p",
      );
      expect(after.records[0]!.get("p").toNumber()).toBe(position.records[0]!.get("p").toNumber());
    });

    it("reports, records, corrects and retracts facts", async () => {
      const incident = await request(ReportIncidentDocument, {
        input: {
          incidentId: "e2e-leak",
          kind: "AIR_LEAK",
          title: "A leak",
          occurredAt: "2020-08",
          affected: ["zvezda"],
          source: source("a leak in the Zvezda module in August 2020"),
        },
      });
      expect(incident.data!.reportIncident.incident).toMatchObject({
        id: "e2e-leak",
        occurredAt: "2020-08",
        occurredAtPrecision: "month",
        affected: [{ __typename: "Module", id: "zvezda" }],
      });
      const statement = await request(RecordStatementDocument, {
        input: {
          statementId: "e2e-said",
          kind: "ASSESSMENT",
          text: "It remains small.",
          speakers: ["joel-montalbano"],
          about: ["e2e-leak"],
          occurredAt: "2024-02-28",
          source: source("it remains small"),
        },
      });
      expect(statement.data!.recordStatement.statement).toMatchObject({
        id: "e2e-said",
        saidBy: [{ id: "joel-montalbano" }],
      });

      const corrected = await request(CorrectFactDocument, {
        input: {
          factId: "incident-e2e-leak",
          changes: { title: "An air leak" },
          reason: "clearer",
          source: source("air leak"),
        },
        expectedRevision: 1,
      });
      expect(corrected.data!.correctFact.receipt).toMatchObject({
        streamRevision: 2,
        eventTypes: ["FactCorrected"],
      });

      const retracted = await request(RetractFactDocument, {
        input: {
          factId: "statement-e2e-said",
          reason: "duplicate of Montalbano's",
          source: source("it remains small"),
        },
      });
      expect(retracted.data!.retractFact.receipt.eventTypes).toEqual(["FactRetracted"]);
      const gone = await request(EntityByIdDocument, { id: "e2e-said" });
      expect(gone.data!.entities).toEqual([]);
      const history = await request(RetractedFactsDocument);
      expect(history.data!.retractedFacts).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ id: "e2e-said", retractedReason: "duplicate of Montalbano's" }),
        ]),
      );
    });

    it("ingests an article and its facts, all or nothing, and again appends nothing", async () => {
      const input = {
        article: {
          articleId: "e2e-article",
          title: "Second article",
          publisher: "Test Wire",
          publishedOn: "2024-03-01",
          text: "Cosmonaut Oleg Kononenko inspected the Zvezda module.",
        },
        facts: [
          {
            factId: "kononenko-again",
            corroborateFact: {
              factId: "entity-oleg-kononenko",
              source: { articleId: "e2e-article", quote: "Cosmonaut Oleg Kononenko" },
            },
          },
        ],
      };
      const first = await request(IngestArticleDocument, { input });
      expect(first.errors).toBeUndefined();
      expect(first.data!.ingestArticle).toMatchObject({
        articleId: "e2e-article",
        appendedEvents: 2,
        replayedCommands: 0,
      });
      expect(first.data!.ingestArticle.article!.mentions).toEqual([
        { __typename: "Person", id: "oleg-kononenko" },
      ]);
      const again = await request(IngestArticleDocument, { input });
      expect(again.data!.ingestArticle).toMatchObject({ appendedEvents: 0, replayedCommands: 2 });
    });
  });

  describe("errors: a code, the offending field, and nothing written", () => {
    async function unchanged<T>(run: () => Promise<T>): Promise<T> {
      const before = await projectionFingerprint(server.database.driver, "neo4j");
      const head = (
        await server.database.driver.executeQuery("MATCH (l:EventLog) RETURN l.position AS p")
      ).records[0]!.get("p");
      const result = await run();
      expect(await projectionFingerprint(server.database.driver, "neo4j")).toEqual(before);
      const after = (
        await server.database.driver.executeQuery("MATCH (l:EventLog) RETURN l.position AS p")
      ).records[0]!.get("p");
      expect(after.toNumber()).toBe(head.toNumber());
      return result;
    }

    it("BAD_USER_INPUT naming the field, for a quote not in the article", async () => {
      const { errors, data } = await unchanged(() =>
        request(RegisterEntityDocument, {
          input: {
            entityId: "e2e-bad",
            kind: "Person",
            name: "X",
            source: source("not in the article"),
          },
        }),
      );
      expect(data).toBeNull();
      expect(errors![0]!.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "input.source.quote",
      });
      expect(errors![0]!.extensions).not.toHaveProperty("stacktrace");
    });

    it("BAD_USER_INPUT for a relation between the wrong kinds, and for an interval that ends before it starts", async () => {
      const wrongKinds = await unchanged(() =>
        request(LinkEntitiesDocument, {
          input: { relation: "DOCKED_AT", from: "nasa", to: "iss", source: source("NASA") },
        }),
      );
      expect(wrongKinds.errors![0]!.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "input.relation",
      });
      const interval = await unchanged(() =>
        request(LinkEntitiesDocument, {
          input: {
            relation: "DOCKED_AT",
            from: "soyuz-capsule",
            to: "iss",
            validFrom: "2023",
            validTo: "2022-12",
            source: source("Soyuz"),
          },
        }),
      );
      expect(interval.errors![0]!.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "input.validTo",
      });
    });

    it("NOT_FOUND for an unknown entity", async () => {
      const { errors } = await unchanged(() =>
        request(LinkEntitiesDocument, {
          input: { relation: "MEMBER_OF", from: "nobody", to: "nasa", source: source("NASA") },
        }),
      );
      expect(errors![0]!.extensions).toMatchObject({ code: "NOT_FOUND", field: "input.from" });
    });

    it("CONFLICT with the current revision for a stale expected revision", async () => {
      const { errors } = await unchanged(() =>
        request(CorrectFactDocument, {
          input: {
            factId: "entity-zvezda",
            changes: { name: "Zvezda (Service Module)" },
            reason: "r",
            source: source("Zvezda"),
          },
          expectedRevision: 7,
        }),
      );
      // Registered by the AP article, its alias added by NASA's post of 2020-08-20, cited by
      // the posts of 2020-08-25 and 2020-09-29.
      expect(errors![0]!.extensions).toMatchObject({
        code: "CONFLICT",
        field: "expectedRevision",
        currentRevision: 4,
      });
    });

    it("BAD_USER_INPUT for a fact of an ingestion that is not valid, and none of its facts written", async () => {
      const { errors } = await unchanged(() =>
        request(IngestArticleDocument, {
          input: {
            article: {
              articleId: "e2e-bad-article",
              title: "T",
              publisher: "P",
              publishedOn: "2024-03-01",
              text: "Text.",
            },
            facts: [
              {
                factId: "ok",
                registerEntity: {
                  entityId: "e2e-ok",
                  kind: "Place",
                  name: "Ok",
                  source: { articleId: "e2e-bad-article", quote: "Text" },
                },
              },
              {
                factId: "two",
                registerEntity: {
                  entityId: "e2e-x",
                  kind: "Place",
                  name: "X",
                  source: { articleId: "e2e-bad-article", quote: "Text" },
                },
                corroborateFact: {
                  factId: "entity-nasa",
                  source: { articleId: "e2e-bad-article", quote: "Text" },
                },
              },
            ],
          },
        }),
      );
      expect(errors![0]!.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "input.facts[1]",
      });
    });

    it("a GraphQL validation error for a wrong enum value, with status 400", async () => {
      const response = await fetch(server.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          accept: "application/graphql-response+json",
        },
        body: JSON.stringify({ query: "{ incidents(where: { kind: { eq: EXPLOSION } }) { id } }" }),
      });
      expect(response.status).toBe(400);
      expect(response.headers.get("content-type")).toContain("application/graphql-response+json");
      const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]!.extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
    });
  });

  describe("GraphQL over HTTP", () => {
    it("answers GET queries and both JSON media types", async () => {
      // CSRF prevention: a GET must say it is no simple cross-site request.
      const get = await fetch(`${server.url}?query=${encodeURIComponent("{ logPosition }")}`, {
        headers: { accept: "application/json", "apollo-require-preflight": "true" },
      });
      expect(get.status).toBe(200);
      expect(get.headers.get("content-type")).toContain("application/json");
      expect(
        ((await get.json()) as { data: { logPosition: number } }).data.logPosition,
      ).toBeGreaterThan(90);
    });

    it("refuses a mutation over GET, and a simple cross-site POST (CSRF)", async () => {
      const mutation = `mutation { retractFact(input: { factId: "entity-nasa", reason: "x", source: { articleId: "${ARTICLE}", quote: "NASA" } }) { factId } }`;
      const get = await fetch(`${server.url}?query=${encodeURIComponent(mutation)}`, {
        headers: { accept: "application/json", "apollo-require-preflight": "true" },
      });
      expect(get.status).toBe(405);
      const simpleGet = await fetch(
        `${server.url}?query=${encodeURIComponent("{ logPosition }")}`,
        {
          headers: { accept: "application/json" },
        },
      );
      expect(simpleGet.status).toBe(400);
      const csrf = await fetch(server.url, {
        method: "POST",
        headers: { "content-type": "text/plain" },
        body: JSON.stringify({ query: mutation }),
      });
      expect(csrf.status).toBe(400);
      const { data } = await request(EntityByIdDocument, { id: "nasa" });
      expect(data!.entities).toHaveLength(1);
    });

    it("refuses a body over the limit with 413 and a code", async () => {
      const response = await fetch(server.url, {
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
      const base = server.url.replace(/\/graphql$/, "");
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      expect(await (await fetch(`${base}/readyz`)).json()).toMatchObject({ status: "ready" });
      const page = await fetch(server.url, { headers: { accept: "text/html" } });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain("/graphql/ide/assets/");
    });
  });

  it("delivers over graphql-ws an event appended by a mutation", async () => {
    const client = createClient({
      url: server.wsUrl,
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
      const { errors } = await request(RegisterEntityDocument, {
        input: { entityId: "e2e-live", kind: "Place", name: "Live", source: source("Moscow") },
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
