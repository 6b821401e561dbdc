import { type DomainEvent } from "../../src/catalogue/commands";
import { emptyDatabase } from "../../tools/support/emptyDatabase";
import { projectionSpecs } from "../support/projectionSpecs";

import {
  source,
  ref,
  article,
  zvezda,
  station,
  partOf,
  partOfRelation,
  smallArticleEvents,
} from "../support/projectionFixtures";

/**
 * The handlers of what later sources change, specified as those of projectionHandlers.test.ts:
 * given events, then the graph.
 */
describe("the projection's handlers of what later sources change: corroborations, corrections, retractions", () => {
  const { ctx, given, rows } = projectionSpecs();

  it("FactCorroborated: a node and a relation gain the source; a node cites the new quote", async () => {
    await given([
      article,
      zvezda,
      station,
      partOf,
      {
        type: "FactCorroborated",
        data: { factId: "entity-zvezda" },
        source: source("Zvezda leaked"),
      },
      {
        type: "FactCorroborated",
        data: { factId: "relation-zvezda-part-of-iss", relation: partOfRelation },
        source: source("run the station"),
      },
    ]);
    expect(
      await rows(
        `MATCH (n:Entity {id: 'zvezda'})-[r:PART_OF]->()
         RETURN n.quotes AS node, r.quotes AS relation, r.eventIds AS events,
                COUNT { (n)-[:CITES]->() } AS citations`,
      ),
    ).toEqual([
      {
        node: ["Zvezda", "Zvezda leaked"],
        relation: ["Zvezda", "run the station"],
        events: ["event-4", "event-6"],
        citations: 2,
      },
    ]);
  });

  it("FactCorrected: a relation keeps its former version as HISTORICAL; links are replaced; in log order", async () => {
    await given([
      ...smallArticleEvents,
      {
        type: "FactCorrected",
        data: {
          factId: "relation-zvezda-part-of-iss",
          relation: partOfRelation,
          changes: { validity: { from: { value: "2000", precision: "year" } } },
          reason: "first",
        },
        source: source("Zvezda"),
      },
      {
        type: "FactCorrected",
        data: {
          factId: "relation-zvezda-part-of-iss",
          relation: partOfRelation,
          changes: { validity: { from: { value: "2001", precision: "year" } } },
          reason: "second",
        },
        source: source("Zvezda"),
      },
      {
        type: "FactCorrected",
        data: {
          factId: "incident-leak",
          changes: { title: "Air leak", reportedBy: [ref("nasa", "Agency")] },
          reason: "who",
        },
        source: source("NASA"),
      },
    ]);
    expect(
      await rows(
        `MATCH (:Module {id: 'zvezda'})-[r:PART_OF|HISTORICAL]->(:Station)
         RETURN type(r) AS type, r.validFrom AS validFrom, r.knownSince AS since,
                r.knownUntil AS until, r.endReason AS reason ORDER BY since`,
      ),
    ).toEqual([
      { type: "HISTORICAL", validFrom: "2000-07", since: 6, until: 8, reason: "first" },
      { type: "HISTORICAL", validFrom: "2000", since: 8, until: 9, reason: "second" },
      { type: "PART_OF", validFrom: "2001", since: 9, until: null, reason: null },
    ]);
    expect(
      await rows(
        `MATCH (i:Incident {id: 'leak'})-[r:REPORTED_BY|HISTORICAL]->(x)
         RETURN i.title AS title, type(r) AS type, x.id AS by, r.endedBy AS ended ORDER BY type`,
      ),
    ).toEqual([
      { title: "Air leak", type: "HISTORICAL", by: "roscosmos", ended: "corrected" },
      { title: "Air leak", type: "REPORTED_BY", by: "nasa", ended: null },
    ]);
  });

  it("FactRetracted: a relation ends with its reason; a node leaves the current graph with its relationships", async () => {
    const retract = (factId: string, reason: string, relation?: typeof partOfRelation) =>
      ({
        type: "FactRetracted",
        data: { factId, reason, ...(relation ? { relation } : {}) },
        source: source("Zvezda"),
      }) as DomainEvent;
    for (const batch of [1, 20]) {
      await emptyDatabase(ctx.driver);
      await given(
        [
          ...smallArticleEvents,
          retract("relation-zvezda-part-of-iss", "not a part", partOfRelation),
          retract("entity-zvezda", "no such module"),
        ],
        batch,
      );
      expect(
        await rows(
          `MATCH (n:Fact {id: 'zvezda'})
           RETURN labels(n) AS labels, n.knownUntil AS until, n.retractedReason AS reason`,
        ),
      ).toEqual([{ labels: ["Fact", "Retracted"], until: 9, reason: "no such module" }]);
      expect(
        await rows(
          `MATCH (x)-[h:HISTORICAL]->(:Fact {id: 'zvezda'}) RETURN h.type AS type, h.knownUntil AS until, h.endReason AS reason
           UNION ALL
           MATCH (:Fact {id: 'zvezda'})-[h:HISTORICAL]->() RETURN h.type AS type, h.knownUntil AS until, h.endReason AS reason`,
        ),
      ).toEqual([
        { type: "AFFECTED", until: 9, reason: null },
        { type: "PART_OF", until: 8, reason: "not a part" },
      ]);
    }
  });
});
