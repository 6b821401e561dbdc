import { int } from "../../neo4j/neo4jValues";
import { factTarget } from "../factTarget";
import { ENTITY_LABEL, FACT_LABEL, KIND_LABELS, RETRACTED_LABEL } from "../graphLabels";
import { endRelationship, matchRelation, relationKey } from "../graphWrites";
import type { OrderedHandler } from "../ProjectionHandler";

/**
 * A fact withdrawn from the current graph. A relation's relationship becomes HISTORICAL; a node
 * becomes (:Retracted) with its properties and history (an incident's updates with it), and every
 * relationship it took part in ends with it (its citations and updates stay).
 */
export const factRetracted: OrderedHandler<"FactRetracted"> = {
  type: "FactRetracted",
  kind: "ordered",
  row: ({ record, event }) => {
    const target = factTarget(event.data.factId, event.data.relation);
    return {
      id: target.id,
      dropLabels:
        target.kind === "node"
          ? target.label === "Entity"
            ? [ENTITY_LABEL, ...KIND_LABELS]
            : [target.label]
          : [],
      relation: target.kind === "relation" ? relationKey(target.relation) : null,
      eventId: record.id,
      position: int(record.position),
      reason: event.data.reason,
    };
  },
  cypher: `
    CALL (e) {
      WITH e WHERE e.relation IS NOT NULL
      ${matchRelation("e")}
      ${endRelationship({ position: "e.position", eventId: "e.eventId", endedBy: "'retracted'", reason: "e.reason" })}
    }
    CALL (e) {
      WITH e WHERE e.relation IS NULL
      MATCH (n:${FACT_LABEL} {id: e.id}) WHERE NOT e.eventId IN n.eventIds
      SET n:${RETRACTED_LABEL}, n.knownUntil = e.position, n.retractedReason = e.reason,
          n.eventIds = n.eventIds + e.eventId
      REMOVE n:$(e.dropLabels)
      WITH e, n
      OPTIONAL MATCH (n)-[:HAS_UPDATE]->(u:IncidentUpdate)
      SET u:${RETRACTED_LABEL}, u.knownUntil = e.position, u.retractedReason = e.reason
      REMOVE u:IncidentUpdate
      WITH e, n, collect(u) AS updates
      UNWIND [n] + updates AS m
      MATCH (m)-[r]-()
      WHERE NOT type(r) IN ['CITES', 'HAS_UPDATE', 'HISTORICAL']
      WITH DISTINCT e, r
      ${endRelationship({ position: "e.position", eventId: "e.eventId", endedBy: "'retracted'" })}
    }`,
};
