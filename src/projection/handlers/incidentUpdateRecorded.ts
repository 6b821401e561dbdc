import { KEEP_PLAN } from "../../eventstore/CypherRunner";
import { int } from "../../neo4j/neo4jValues";
import {
  linkProvenance,
  provenance,
  worldTimeBounds,
  worldTimeProperties,
} from "../factProperties";
import { CITE, citationOf, linksFrom, writeLinks } from "../graphWrites";
import type { SetHandler } from "../ProjectionHandler";

export function incidentUpdateNodeId(incidentId: string, updateId: string): string {
  return `${incidentId}/${updateId}`;
}

/** Something learnt about an incident: an (:IncidentUpdate) the incident HAS_UPDATE, its reporters. */
export const incidentUpdateRecorded: SetHandler<"IncidentUpdateRecorded"> = {
  type: "IncidentUpdateRecorded",
  kind: "set",
  project: (cypher, events) => [
    cypher.run(
      `${KEEP_PLAN} UNWIND $updates AS row
       MATCH (i:Incident {id: row.incidentId})
       MERGE (n:IncidentUpdate {id: row.id})
       ON CREATE SET n:Fact, n += row.properties,
                     n.occurredFrom = datetime(row.earliest), n.occurredTo = datetime(row.latest)
       CREATE (i)-[h:HAS_UPDATE {id: row.id}]->(n)
       SET h.knownSince = row.position
       WITH n, row.citation AS c
       ${CITE}`,
      {
        updates: events.map(({ record, event }) => {
          const d = event.data;
          const id = incidentUpdateNodeId(d.incidentId, d.updateId);
          return {
            id,
            incidentId: d.incidentId,
            position: int(record.position),
            ...worldTimeBounds(d.occurredAt),
            properties: {
              ...provenance(record),
              incidentId: d.incidentId,
              updateId: d.updateId,
              kind: d.kind,
              description: d.description,
              ...worldTimeProperties("occurredAt", d.occurredAt),
              cause: d.cause ?? null,
              ruledOut: d.ruledOut ?? null,
              likelihood: d.likelihood ?? null,
              certainty: d.certainty,
            },
            citation: citationOf(id, record),
          };
        }),
      },
    ),
    ...writeLinks(
      cypher,
      events.flatMap(({ record, event }) => {
        const d = event.data;
        const from = { id: incidentUpdateNodeId(d.incidentId, d.updateId) };
        return linksFrom(from, "REPORTED_BY", d.reportedBy, linkProvenance(record, d.certainty));
      }),
    ),
  ],
};
