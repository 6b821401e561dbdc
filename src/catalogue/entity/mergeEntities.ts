import { z } from "zod";
import { DomainError, invalid } from "../../domain/DomainError";
import { ENTITY_KINDS } from "../../domain/nodeKinds";
import type { NodeRef } from "../../domain/NodeRef";
import type { Source } from "../../domain/source";
import { streamId } from "../../domain/streams";
import { resolveNodes } from "../../domain/validate";
import { int } from "../../neo4j/neo4jValues";
import { ENTITY_LABEL, FACT_LABEL } from "../../projection/graphLabels";
import { defineCommand } from "../CommandDefinition";
import { sourcedEvent } from "../sourcedEvent";
import type { FactState } from "../FactState";
import { reference, source, text } from "../fields";
import { LABEL } from "../../graph/graphLabels";
import { TYPE } from "../../graph/relationshipTypes";

/** An entity was found to be another: it is merged into it, and its id redirects there. */
export interface EntityMerged {
  type: "EntityMerged";
  data: { entityId: string; into: NodeRef; reason: string };
  source: Source;
}

/** Where the graph keeps a merge: the merged node's marks and its relationships' (exactly undone). */
export const MERGED = {
  label: LABEL.Merged,
  into: TYPE.MERGED_INTO,
} as const;

/**
 * Merges an entity into another that it turned out to be: its relations and citations move to
 * the survivor, its id stays a redirect to it, and unmergeEntities restores both.
 */
export const mergeEntities = defineCommand({
  type: "MergeEntities",
  summary: "Merges two entities",
  description:
    "Merges an entity into the one it turned out to be: its relations and citations move to the\nsurvivor, its id answers as the survivor (a redirect), and unmergeEntities undoes it.",
  inputDescription: "The entity merged, the one it is merged into, why, and the source.",
  input: z.strictObject({
    entityId: reference("The entity merged away: its id becomes a redirect."),
    into: reference("The entity it is merged into (the survivor), of the same kind."),
    reason: text("Why they are one: at most 1000 characters.", 1000),
    source: source("The article and sentence that show they are one."),
  }),
  stream: (command) => streamId("entity", command.entityId),
  references: (command) => [command.entityId, command.into],
  decide(command, state, ctx): EntityMerged[] {
    if (state.status === "absent" || state.category !== "entity")
      throw new DomainError("not_found", `no entity "${command.entityId}"`, "entityId");
    if (state.status === "retracted")
      throw new DomainError(
        "illegal_state",
        `"${command.entityId}" has been retracted`,
        "entityId",
      );
    if (state.mergedInto !== undefined) {
      throw new DomainError(
        "illegal_state",
        `"${command.entityId}" is already merged into "${state.mergedInto}"`,
        "entityId",
      );
    }
    const [into] = resolveNodes("into", [command.into], ENTITY_KINDS, ctx);
    if (into!.id === command.entityId)
      throw invalid("into", "an entity cannot be merged into itself");
    if (into!.kind !== state.data.kind) {
      throw invalid(
        "into",
        `"${command.entityId}" is a ${state.data.kind} and "${into!.id}" a ${into!.kind}: merge only entities of one kind`,
      );
    }
    return [
      sourcedEvent<EntityMerged>("EntityMerged", command, ctx, {
        entityId: command.entityId,
        into: into!,
        reason: command.reason,
      }),
    ];
  },
  events: {
    EntityMerged: {
      type: "EntityMerged",
      description: "An entity was merged into another it turned out to be; its id redirects there.",
      schemaVersion: 1,
      evolve: (state, event): FactState =>
        state.status === "absent" ? state : { ...state, mergedInto: event.data.into.id },
      // Links and parts move from one to the other.
      reshapes: ({ data }) => [data.entityId, data.into.id],
      /**
       * The merged node leaves the current graph (label Merged, no Entity or kind label; it
       * MERGED_INTO the survivor); each of its relationships, but its claims and aliases, is made
       * again on the survivor with what it had, marked with where it came from (mergedFrom,
       * mergedEnd, mergedAt: lists, the last merge last, as a relationship may move again when its
       * survivor is merged in turn), and deleted: an unmerge makes them again as they were.
       */
      projection: {
        kind: "ordered",
        row: ({ record, event }) => ({
          id: event.data.entityId,
          into: event.data.into.id,
          kindLabel: event.data.into.kind,
          position: int(record.position),
        }),
        cypher: `
    CALL (e) {
      MATCH (m:${ENTITY_LABEL} {id: e.id})
      MATCH (s:${FACT_LABEL} {id: e.into})
      SET m:${MERGED.label}, m.mergedInto = e.into, m.mergedAt = e.position
      REMOVE m:${ENTITY_LABEL}, m:$(e.kindLabel)
      CREATE (m)-[:${MERGED.into}]->(s)
      WITH e, m, s
      CALL (e, m, s) {
        MATCH (m)-[r]->(x) WHERE NOT type(r) IN ['${TYPE.HAS_CLAIM}', '${TYPE.HAS_ALIAS}', '${MERGED.into}']
        CREATE (s)-[moved:$(type(r))]->(x)
        SET moved = properties(r), moved.mergedFrom = coalesce(r.mergedFrom, []) + m.id,
            moved.mergedEnd = coalesce(r.mergedEnd, []) + 'start',
            moved.mergedAt = coalesce(r.mergedAt, []) + e.position
        DELETE r
      }
      CALL (e, m, s) {
        MATCH (x)-[r]->(m) WHERE NOT type(r) IN ['${MERGED.into}']
        CREATE (x)-[moved:$(type(r))]->(s)
        SET moved = properties(r), moved.mergedFrom = coalesce(r.mergedFrom, []) + m.id,
            moved.mergedEnd = coalesce(r.mergedEnd, []) + 'end',
            moved.mergedAt = coalesce(r.mergedAt, []) + e.position
        DELETE r
      }
    }`,
      },
    },
  },
  payload: { type: "FactPayload" },
});
