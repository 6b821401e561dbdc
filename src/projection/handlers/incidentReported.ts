import { KEEP_PLAN } from "../../eventstore/CypherRunner";
import {
  linkProvenance,
  provenance,
  worldTimeBounds,
  worldTimeProperties,
} from "../factProperties";
import { CITE, citationOf, linksFrom, writeLinks } from "../graphWrites";
import type { SetHandler } from "../ProjectionHandler";

/** An incident: its node with its world time, what it AFFECTED, who REPORTED it, its citation. */
export const incidentReported: SetHandler<"IncidentReported"> = {
  type: "IncidentReported",
  kind: "set",
  project: (cypher, events) => [
    cypher.run(
      `${KEEP_PLAN} UNWIND $incidents AS row
       MERGE (n:Incident {id: row.id})
       ON CREATE SET n:Fact, n += row.properties,
                     n.occurredFrom = datetime(row.earliest), n.occurredTo = datetime(row.latest)
       WITH n, row.citation AS c
       ${CITE}`,
      {
        incidents: events.map(({ record, event }) => {
          const { incidentId, kind, title, description, occurredAt, certainty } = event.data;
          return {
            id: incidentId,
            ...worldTimeBounds(occurredAt),
            properties: {
              ...provenance(record),
              kind,
              title,
              description: description ?? null,
              ...worldTimeProperties("occurredAt", occurredAt),
              certainty,
            },
            citation: citationOf(incidentId, record),
          };
        }),
      },
    ),
    ...writeLinks(
      cypher,
      events.flatMap(({ record, event }) => {
        const { incidentId, affected, reportedBy, certainty } = event.data;
        const from = { id: incidentId };
        const properties = linkProvenance(record, certainty);
        return [
          ...linksFrom(from, "AFFECTED", affected, properties),
          ...linksFrom(from, "REPORTED_BY", reportedBy, properties),
        ];
      }),
    ),
  ],
};
