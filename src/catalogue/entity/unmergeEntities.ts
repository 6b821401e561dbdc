import { z } from "zod";
import { DomainError } from "../../domain/DomainError";
import type { NodeRef } from "../../domain/NodeRef";
import type { Source } from "../../domain/source";
import { streamId } from "../../domain/streams";
import { ENTITY_LABEL, FACT_LABEL } from "../../projection/graphLabels";
import { defineCommand } from "../CommandDefinition";
import { sourcedEvent } from "../sourcedEvent";
import type { FactState } from "../FactState";
import { reference, source, text } from "../fields";
import { MERGED } from "./mergeEntities";

/** A merge was undone: the entity is itself again, with what it had. */
export interface EntityUnmerged {
  type: "EntityUnmerged";
  data: { entityId: string; from: NodeRef; reason: string };
  source: Source;
}

/** Cypher: `r` takes what `moved` had before its last merge, and `moved` goes. */
const RESTORE = `SET r = properties(moved)
        SET r.mergedFrom = CASE WHEN size(moved.mergedFrom) > 1 THEN moved.mergedFrom[0..-1] END,
            r.mergedEnd = CASE WHEN size(moved.mergedEnd) > 1 THEN moved.mergedEnd[0..-1] END,
            r.mergedAt = CASE WHEN size(moved.mergedAt) > 1 THEN moved.mergedAt[0..-1] END
        DELETE moved`;

/** Undoes a merge: the merged entity is itself again, with its relations and citations. */
export const unmergeEntities = defineCommand({
  type: "UnmergeEntities",
  summary: "Undoes a merge",
  description:
    "Undoes a merge: the merged entity is itself again, with the relations and citations it had.",
  inputDescription: "The entity merged away, why it is another after all, and the source.",
  input: z.strictObject({
    entityId: reference("The entity that was merged away."),
    reason: text("Why they are two: at most 1000 characters.", 1000),
    source: source("The article and sentence that show they are two."),
  }),
  stream: (command) => streamId("entity", command.entityId),
  references: () => [],
  decide(command, state, ctx): EntityUnmerged[] {
    if (state.status === "absent" || state.category !== "entity")
      throw new DomainError("not_found", `no entity "${command.entityId}"`, "entityId");
    if (state.mergedInto === undefined)
      throw new DomainError("illegal_state", `"${command.entityId}" is not merged`, "entityId");
    // Merges are undone last first: what moved on to a merged survivor moved again with it.
    const survivor = ctx.nodes.get(state.mergedInto);
    if (survivor?.mergedInto !== undefined) {
      throw new DomainError(
        "illegal_state",
        `"${state.mergedInto}", which "${command.entityId}" was merged into, is merged into "${survivor.mergedInto}": unmerge it first`,
        "entityId",
      );
    }
    return [
      sourcedEvent<EntityUnmerged>("EntityUnmerged", command, ctx, {
        entityId: command.entityId,
        from: { id: state.mergedInto, kind: state.data.kind },
        reason: command.reason,
      }),
    ];
  },
  events: {
    EntityUnmerged: {
      type: "EntityUnmerged",
      description: "A merge was undone: the merged entity is itself again.",
      schemaVersion: 1,
      evolve: (state): FactState => {
        if (state.status === "absent") return state;
        const { mergedInto: _mergedInto, ...unmerged } = state;
        return unmerged;
      },
      // Links and parts move back.
      reshapes: ({ data }) => [data.entityId, data.from.id],
      // Exactly what the merge did, undone: the graph is as it was before it.
      projection: {
        kind: "ordered",
        row: ({ event }) => ({
          id: event.data.entityId,
          from: event.data.from.id,
          kindLabel: event.data.from.kind,
        }),
        cypher: `
    CALL (e) {
      MATCH (m:${FACT_LABEL} {id: e.id})-[link:${MERGED.into}]->(s) WHERE m:${MERGED.label}
      DELETE link
      SET m:${ENTITY_LABEL}, m:$(e.kindLabel)
      REMOVE m:${MERGED.label}, m.mergedInto, m.mergedAt
      WITH e, m
      MATCH (s:${FACT_LABEL} {id: e.from}) WHERE s:${ENTITY_LABEL} OR s:${MERGED.label}
      CALL (m, s) {
        MATCH (s)-[moved]->(x) WHERE moved.mergedFrom[-1] = m.id AND moved.mergedEnd[-1] = 'start'
        CREATE (m)-[r:$(type(moved))]->(x)
        ${RESTORE}
      }
      CALL (m, s) {
        MATCH (x)-[moved]->(s) WHERE moved.mergedFrom[-1] = m.id AND moved.mergedEnd[-1] = 'end'
        CREATE (x)-[r:$(type(moved))]->(m)
        ${RESTORE}
      }
    }`,
      },
    },
  },
  payload: { type: "FactPayload" },
});
