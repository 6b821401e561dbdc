import { type DomainEvent } from "../../src/catalogue/commands";
import type { NodeRef } from "../../src/domain/NodeRef";
import { emptyDatabase } from "../../tools/support/emptyDatabase";
import { projectionSpecs } from "../support/projectionSpecs";

import {
  ARTICLE,
  TEXT,
  source,
  ref,
  article,
  nasa,
  roscosmos,
  zvezda,
  station,
  partOf,
  leak,
} from "../support/projectionFixtures";

/**
 * One spec per handler of the projection: given these events, then this graph. The events are
 * applied by the projector directly (no command, no log), on the test Neo4j, in one batch or in
 * several: the graph must not depend on how the log was cut.
 */

describe("the projection's handlers: given events, then the graph", () => {
  const { ctx, given, rows } = projectionSpecs();

  it("ArticleRegistered: an Article with its text and date", async () => {
    await given([article]);
    expect(
      await rows(
        "MATCH (a:Article) RETURN a.id AS id, toString(a.publishedOn) AS on, a.text AS text, a.knownSince AS since",
      ),
    ).toEqual([{ id: ARTICLE, on: "2024-02-29", text: TEXT, since: 1 }]);
  });

  it("EntityRegistered: a Fact, Entity and kind node, citing its article with the quote", async () => {
    await given([article, nasa, zvezda]);
    expect(
      await rows(
        `MATCH (n:Fact)-[c:CITES]->(:Article {id: '${ARTICLE}'})
         RETURN n.id AS id, labels(n) AS labels, n.name AS name, n.quotes AS quotes, c.quote AS quote,
                n.knownSince AS since, n.eventIds AS events ORDER BY id`,
      ),
    ).toEqual([
      {
        id: "nasa",
        labels: expect.arrayContaining(["Fact", "Entity", "Agency"]),
        name: "NASA",
        quotes: ["NASA"],
        quote: "NASA",
        since: 2,
        events: ["event-2"],
      },
      {
        id: "zvezda",
        labels: expect.arrayContaining(["Fact", "Entity", "Module"]),
        name: "Zvezda",
        quotes: ["Zvezda"],
        quote: "Zvezda",
        since: 3,
        events: ["event-3"],
      },
    ]);
  });

  it("EntitiesLinked: a typed relationship with its validity, whatever the batch", async () => {
    for (const batch of [1, 5]) {
      await emptyDatabase(ctx.driver);
      await given([article, zvezda, station, partOf], batch);
      expect(
        await rows(
          `MATCH (:Module {id: 'zvezda'})-[r:PART_OF]->(:Station {id: 'iss'})
           RETURN r.id AS id, r.validFrom AS validFrom, r.validFromPrecision AS precision,
                  toString(r.validFromStart) AS start, r.knownSince AS since`,
        ),
      ).toEqual([
        {
          id: "zvezda-part-of-iss",
          validFrom: "2000-07",
          precision: "month",
          start: "2000-07-01T00:00:00Z",
          since: 4,
        },
      ]);
    }
  });

  it("IncidentReported: the incident with its time span, what it AFFECTED and who REPORTED it", async () => {
    await given([article, roscosmos, zvezda, leak]);
    expect(
      await rows(
        `MATCH (i:Fact:Incident {id: 'leak'})-[r]->(x)
         RETURN type(r) AS type, r.id AS id, x.id AS to, toString(i.occurredFrom) AS from,
                toString(i.occurredTo) AS until ORDER BY type`,
      ),
    ).toEqual([
      {
        type: "AFFECTED",
        id: "leak--affected--zvezda",
        to: "zvezda",
        from: "2020-08-01T00:00:00Z",
        until: "2020-08-31T23:59:59.999Z",
      },
      {
        type: "CITES",
        id: null,
        to: ARTICLE,
        from: "2020-08-01T00:00:00Z",
        until: "2020-08-31T23:59:59.999Z",
      },
      {
        type: "REPORTED_BY",
        id: "leak--reported-by--roscosmos",
        to: "roscosmos",
        from: "2020-08-01T00:00:00Z",
        until: "2020-08-31T23:59:59.999Z",
      },
    ]);
  });

  it("IncidentUpdateRecorded: an update the incident HAS_UPDATE, with its reporters", async () => {
    await given([
      article,
      roscosmos,
      zvezda,
      leak,
      {
        type: "IncidentUpdateRecorded",
        data: {
          incidentId: "leak",
          updateId: "worse",
          kind: "LEAK_INCREASED",
          description: "It leaked more",
          occurredAt: { value: "2024", precision: "year" },
          reportedBy: [ref("roscosmos", "Agency")],
          certainty: "asserted",
        },
        source: source("Later it leaked more"),
      },
    ]);
    expect(
      await rows(
        `MATCH (:Incident {id: 'leak'})-[h:HAS_UPDATE]->(u:Fact:IncidentUpdate)-[r:REPORTED_BY]->(x)
         RETURN u.id AS id, h.knownSince AS since, x.id AS by, r.id AS link`,
      ),
    ).toEqual([
      {
        id: "leak/worse",
        since: 5,
        by: "roscosmos",
        link: "leak/worse--reported-by--roscosmos",
      },
    ]);
  });

  it("StatementRecorded: who SAID it, what it is ABOUT (a statement of the same batch too)", async () => {
    const statement = (id: string, about: NodeRef[]): DomainEvent => ({
      type: "StatementRecorded",
      data: {
        statementId: id,
        kind: "REPORT",
        text: "It leaked",
        speakers: [ref("roscosmos", "Agency")],
        about,
        carriedBy: [],
        certainty: "asserted",
      },
      source: source("Zvezda leaked"),
    });
    await given([
      article,
      roscosmos,
      zvezda,
      leak,
      statement("s1", [ref("leak", "Incident")]),
      statement("s2", [ref("s1", "Statement"), ref("zvezda", "Module")]),
    ]);
    expect(
      await rows(
        `MATCH (s:Fact:Statement)-[r:SAID_BY|ABOUT]->(x)
         RETURN s.id AS s, type(r) AS type, x.id AS x ORDER BY s, type, x`,
      ),
    ).toEqual([
      { s: "s1", type: "ABOUT", x: "leak" },
      { s: "s1", type: "SAID_BY", x: "roscosmos" },
      { s: "s2", type: "ABOUT", x: "s1" },
      { s: "s2", type: "ABOUT", x: "zvezda" },
      { s: "s2", type: "SAID_BY", x: "roscosmos" },
    ]);
  });
});
