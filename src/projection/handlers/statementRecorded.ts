import { KEEP_PLAN } from "../../eventstore/CypherRunner";
import {
  linkProvenance,
  provenance,
  worldTimeBounds,
  worldTimeProperties,
} from "../factProperties";
import { CITE, citationOf, linksFrom, writeLinks } from "../graphWrites";
import type { SetHandler } from "../ProjectionHandler";

/** A statement: who SAID it, what it is ABOUT, who CARRIED it, its citation. */
export const statementRecorded: SetHandler<"StatementRecorded"> = {
  type: "StatementRecorded",
  kind: "set",
  project: (cypher, events) => [
    // Every statement node first: a statement may be about another of the same batch.
    cypher.run(
      `${KEEP_PLAN} UNWIND $statements AS row
       MERGE (n:Statement {id: row.id})
       ON CREATE SET n:Fact, n += row.properties,
                     n.occurredFrom = datetime(row.earliest), n.occurredTo = datetime(row.latest)
       WITH n, row.citation AS c
       ${CITE}`,
      {
        statements: events.map(({ record, event }) => {
          const d = event.data;
          return {
            id: d.statementId,
            ...worldTimeBounds(d.occurredAt),
            properties: {
              ...provenance(record),
              kind: d.kind,
              text: d.text,
              speakerDescription: d.speakerDescription ?? null,
              ...worldTimeProperties("occurredAt", d.occurredAt),
              certainty: d.certainty,
            },
            citation: citationOf(d.statementId, record),
          };
        }),
      },
    ),
    ...writeLinks(
      cypher,
      events.flatMap(({ record, event }) => {
        const d = event.data;
        const from = { id: d.statementId };
        const properties = linkProvenance(record, d.certainty);
        return [
          ...linksFrom(from, "SAID_BY", d.speakers, properties),
          ...linksFrom(from, "ABOUT", d.about, properties),
          ...linksFrom(from, "CARRIED_BY", d.carriedBy, properties),
        ];
      }),
    ),
  ],
};
