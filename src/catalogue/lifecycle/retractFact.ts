import { z } from "zod";
import type { Source } from "../../domain/source";
import { typeList } from "../../graph/cypherPatterns";
import { LABEL } from "../../graph/graphLabels";
import { TYPE } from "../../graph/relationshipTypes";
import { factEventRow } from "../../projection/factTarget";
import {
  ENTITY_LABEL,
  FACT_LABEL,
  KIND_LABELS,
  RETRACTED_LABEL,
} from "../../projection/graphLabels";
import { endRelationship, matchRelation } from "../../projection/graphWrites";
import { reshapedByLink } from "../../projection/timelineEntries";
import { defineCommand } from "../CommandDefinition";
import type { RelationTarget } from "../facts";
import { source, text } from "../fields";
import { eventOnFact, factId, requireCurrentFact } from "./currentFact";

/** The fact is withdrawn from the current graph; its history stays. */
export interface FactRetracted {
  type: "FactRetracted";
  data: { factId: string; relation?: RelationTarget | undefined; reason: string };
  source: Source;
}

/** Withdraws a fact from the current graph, with a reason and a source; its history stays. */
export const retractFact = defineCommand({
  type: "RetractFact",
  summary: "Retracts a fact",
  description:
    "Withdraws a fact from the current graph, with a reason and a source; its history stays.",
  inputDescription: "The fact, the reason and the source.",
  input: z.strictObject({
    factId,
    reason: text("Why it is withdrawn: at most 1000 characters.", 1000),
    source: source("The article and sentence the retraction rests on."),
  }),
  stream: (command) => command.factId,
  references: () => [],
  decide(command, state, ctx): FactRetracted[] {
    const fact = requireCurrentFact(command.factId, state);
    const data = { reason: command.reason };
    return [eventOnFact<FactRetracted>("FactRetracted", command, fact, ctx, data)];
  },
  events: {
    FactRetracted: {
      type: "FactRetracted",
      description: "A fact was withdrawn.",
      // 2: data.relation names a relation fact's type and ends.
      schemaVersion: 2,
      evolve: (state) => (state.status === "absent" ? state : { ...state, status: "retracted" }),
      // A retracted node's links end: what was linked to it leaves its timeline.
      reshapes: ({ data }) =>
        data.relation ? reshapedByLink(data.relation.type, data.relation.from) : [data.factId],
      /**
       * A relation's relationship becomes HISTORICAL; a node becomes (:Retracted) with its
       * properties and history (an incident's updates with it), and every relationship it took
       * part in ends with it (its citations and updates stay).
       */
      projection: {
        kind: "ordered",
        row: ({ record, event }) => {
          const { target, row } = factEventRow(record, event.data);
          return {
            ...row,
            dropLabels:
              target.kind === "node"
                ? target.label === "Entity"
                  ? [ENTITY_LABEL, ...KIND_LABELS]
                  : [target.label]
                : [],
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
      OPTIONAL MATCH (n)-[:${TYPE.HAS_UPDATE}]->(u:${LABEL.IncidentUpdate})
      SET u:${RETRACTED_LABEL}, u.knownUntil = e.position, u.retractedReason = e.reason
      REMOVE u:${LABEL.IncidentUpdate}
      WITH e, n, collect(u) AS updates
      UNWIND [n] + updates AS m
      MATCH (m)-[r]-()
      WHERE NOT type(r) IN ${typeList([TYPE.CITES, TYPE.HAS_UPDATE, TYPE.HISTORICAL])}
      WITH DISTINCT e, r
      ${endRelationship({ position: "e.position", eventId: "e.eventId", endedBy: "'retracted'" })}
    }`,
      },
    },
  },
  payload: { type: "FactPayload" },
});
