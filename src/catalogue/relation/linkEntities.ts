import { z } from "zod";
import { DomainError, invalid } from "../../domain/DomainError";
import { endpointMismatch, RELATION_TYPE_NAMES } from "../../domain/relationTypes";
import type { Source } from "../../domain/source";
import { defaultRelationId, streamId } from "../../domain/streams";
import { requireId, resolveNode } from "../../domain/validate";
import { endsBeforeItStarts, type Validity } from "../../domain/WorldTime";
import { provenance, validityBounds, validityProperties } from "../../projection/factProperties";
import { linkStatements } from "../../projection/graphWrites";
import { reshapedByLink } from "../../projection/timelineEntries";
import { defineCommand } from "../CommandDefinition";
import { sourcedEvent } from "../sourcedEvent";
import type { RelationData } from "../facts";
import { stated } from "../FactState";
import {
  certainty,
  newId,
  oneOf,
  optionalText,
  optionalWorldTime,
  reference,
  source,
} from "../fields";

/** Two nodes are linked by a typed relation, valid in the world as the source says. */
export interface EntitiesLinked {
  type: "EntitiesLinked";
  data: RelationData;
  source: Source;
}

const relationIdOf = (command: {
  relationId?: string | undefined;
  from: string;
  relation: string;
  to: string;
}) => command.relationId ?? defaultRelationId(command.from, command.relation, command.to);

/** States a relation between two nodes, valid in the world as the source says. */
export const linkEntities = defineCommand({
  type: "LinkEntities",
  summary: "Links two nodes",
  description: "States a relation between two nodes, valid in the world as the source says.",
  inputDescription: "The relation and its source.",
  input: z.strictObject({
    relationId: newId(
      "Defaults to <from>-<relation>-<to> (joel-montalbano-member-of-nasa).",
    ).optional(),
    relation: oneOf(
      RELATION_TYPE_NAMES,
      "RelationType",
      "The relation's type; which kinds of node it may join is checked (docs/graph-model.md).",
    ),
    from: reference(
      "The id of the node it starts from: an entity, or an incident or statement for FOLLOWED and\nATTRIBUTED_TO.",
    ),
    to: reference("The id of the node it points to: not the node it starts from."),
    validFrom: optionalWorldTime("World time: YYYY, YYYY-MM, YYYY-MM-DD or an ISO 8601 instant."),
    validTo: optionalWorldTime(
      "Until when it held in the world: YYYY, YYYY-MM, YYYY-MM-DD or an ISO 8601 instant; not before\nvalidFrom. Left out: unknown or ongoing.",
    ),
    role: optionalText(
      "The role it gives its start (astronaut, station project manager): at most 200 characters.",
      200,
    ),
    certainty,
    source: source(),
  }),
  stream: (command) => streamId("relation", relationIdOf(command)),
  references: (command) => [command.from, command.to],
  decide(command, state, ctx): EntitiesLinked[] {
    const relationId = requireId("relationId", relationIdOf(command));
    if (state.status !== "absent") {
      throw new DomainError(
        "already_exists",
        state.status === "retracted"
          ? `relation "${relationId}" was retracted; a new link needs a new relationId`
          : `relation "${relationId}" already exists; correct it instead`,
        "relationId",
      );
    }
    const from = resolveNode("from", command.from, ctx);
    const to = resolveNode("to", command.to, ctx);
    if (from.id === to.id) throw invalid("to", "a relation cannot link a node to itself");
    const mismatch = endpointMismatch(command.relation, from.kind, to.kind);
    if (mismatch) throw invalid("relation", mismatch);
    const validity: Validity = { from: command.validFrom, to: command.validTo };
    if (endsBeforeItStarts(validity)) {
      throw invalid(
        "validTo",
        `the interval ends (${validity.to?.value}) before it starts (${validity.from?.value})`,
      );
    }
    return [
      sourcedEvent<EntitiesLinked>("EntitiesLinked", command, ctx, {
        relationId,
        relation: command.relation,
        from,
        to,
        validity,
        role: command.role,
        certainty: command.certainty,
      }),
    ];
  },
  events: {
    EntitiesLinked: {
      type: "EntitiesLinked",
      description: "Two entities were linked by a relation.",
      schemaVersion: 1,
      evolve: (_state, event) => stated({ category: "relation", data: event.data }, event.source),
      occurredAt: (event) => event.data.validity.from,
      reshapes: (event) => reshapedByLink(event.data.relation, event.data.from),
      // A typed relationship with its validity, between nodes of any fact category.
      projection: {
        kind: "set",
        creates: [],
        needs: ["Entity", "Incident", "Statement"],
        statements: (events) =>
          linkStatements(
            events.map(({ record, event }) => {
              const { relationId, relation, from, to, validity, role, certainty } = event.data;
              return {
                id: relationId,
                type: relation,
                from: from.id,
                to: to.id,
                properties: {
                  ...provenance(record),
                  ...validityProperties(validity),
                  ...validityBounds(validity),
                  role: role ?? null,
                  certainty,
                },
              };
            }),
          ),
      },
    },
  },
  payload: {
    type: "LinkEntitiesPayload",
    fact: {
      field: "relation",
      type: "RelationFact",
      description: "The relation as now projected.",
      read: "relation",
    },
  },
});
