import {
  CorrectFactDocument,
  EntityByIdDocument,
  IngestArticleDocument,
  LinkEntitiesDocument,
  RecordStatementDocument,
  RegisterEntityDocument,
  ReportIncidentDocument,
  RetractedFactsDocument,
  RetractFactDocument,
} from "../generated/graphql";
import { apSource } from "../support/apArticle";
import { storedHead } from "../support/storedLog";
import { serverForTests } from "../support/testServer";

describe("the GraphQL API over HTTP: commands", () => {
  const api = serverForTests();

  describe("commands", () => {
    it("registers an entity and answers with its events' positions and the entity as now projected", async () => {
      const { data, errors } = await api.request(RegisterEntityDocument, {
        input: {
          entityId: "e2e-person",
          kind: "Person",
          name: "Oleg K.",
          source: apSource("Oleg Kononenko"),
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

      const link = await api.request(LinkEntitiesDocument, {
        input: {
          relation: "MEMBER_OF",
          from: "e2e-person",
          to: "roscosmos",
          role: "cosmonaut",
          source: apSource("Russian cosmonauts"),
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
          source: apSource("NASA"),
        },
        commandId: "e2e-retry-1",
      };
      const first = await api.request(RegisterEntityDocument, variables);
      const head = await storedHead(api.server.database.driver);
      const again = await api.request(RegisterEntityDocument, variables);
      expect(again.data!.registerEntity.receipt).toEqual({
        ...first.data!.registerEntity.receipt,
        replayed: true,
      });
      expect(await storedHead(api.server.database.driver)).toBe(head);
    });

    it("reports, records, corrects and retracts facts", async () => {
      const incident = await api.request(ReportIncidentDocument, {
        input: {
          incidentId: "e2e-leak",
          kind: "AIR_LEAK",
          title: "A leak",
          occurredAt: "2020-08",
          affected: ["zvezda"],
          source: apSource("a leak in the Zvezda module in August 2020"),
        },
      });
      expect(incident.data!.reportIncident.incident).toMatchObject({
        id: "e2e-leak",
        occurredAt: "2020-08",
        occurredAtPrecision: "month",
        affected: [{ __typename: "Module", id: "zvezda" }],
      });
      const statement = await api.request(RecordStatementDocument, {
        input: {
          statementId: "e2e-said",
          kind: "ASSESSMENT",
          text: "It remains small.",
          speakers: ["joel-montalbano"],
          about: ["e2e-leak"],
          occurredAt: "2024-02-28",
          source: apSource("it remains small"),
        },
      });
      expect(statement.data!.recordStatement.statement).toMatchObject({
        id: "e2e-said",
        saidBy: [{ id: "joel-montalbano" }],
      });

      const corrected = await api.request(CorrectFactDocument, {
        input: {
          factId: "incident-e2e-leak",
          changes: { title: "An air leak" },
          reason: "clearer",
          source: apSource("air leak"),
        },
        expectedRevision: 1,
      });
      expect(corrected.data!.correctFact.receipt).toMatchObject({
        streamRevision: 2,
        eventTypes: ["FactCorrected"],
      });

      const retracted = await api.request(RetractFactDocument, {
        input: {
          factId: "statement-e2e-said",
          reason: "duplicate of Montalbano's",
          source: apSource("it remains small"),
        },
      });
      expect(retracted.data!.retractFact.receipt.eventTypes).toEqual(["FactRetracted"]);
      const gone = await api.request(EntityByIdDocument, { id: "e2e-said" });
      expect(gone.data!.entities).toEqual([]);
      const history = await api.request(RetractedFactsDocument);
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
      const first = await api.request(IngestArticleDocument, { input });
      expect(first.errors).toBeUndefined();
      expect(first.data!.ingestArticle).toMatchObject({
        articleId: "e2e-article",
        appendedEvents: 2,
        replayedCommands: 0,
      });
      expect(first.data!.ingestArticle.article!.mentions).toEqual([
        { __typename: "Person", id: "oleg-kononenko" },
      ]);
      const again = await api.request(IngestArticleDocument, { input });
      expect(again.data!.ingestArticle).toMatchObject({ appendedEvents: 0, replayedCommands: 2 });
    });
  });
});
