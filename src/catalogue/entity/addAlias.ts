import { z } from "zod";
import { DomainError, invalid } from "../../domain/DomainError";
import { ENTITY_KINDS, type Certainty } from "../../domain/nodeKinds";
import type { NodeRef } from "../../domain/NodeRef";
import { nameKey } from "../../domain/names";
import type { Source } from "../../domain/source";
import { streamId } from "../../domain/streams";
import { COMMAND_CAPS, resolveNodes } from "../../domain/validate";
import { int } from "../../neo4j/neo4jValues";
import { FACT_LABEL } from "../../projection/graphLabels";
import { joinedText } from "../../projection/factProperties";
import { defineCommand } from "../CommandDefinition";
import { sourcedEvent } from "../sourcedEvent";
import type { FactState } from "../FactState";
import { certainty, reference, references, source, text } from "../fields";
import { refuseNamesakes } from "./namesakes";
import { ALIAS_NODES, DIFFERENT_FROM_EDGES } from "./aliasNodes";
import { ENTITY_PAYLOAD } from "./registerEntity";

/** Another name of an entity, with its own source and certainty. */
export interface AliasAdded {
  type: "AliasAdded";
  data: {
    entityId: string;
    alias: string;
    certainty: Certainty;
    distinctFrom?: NodeRef[] | undefined;
  };
  source: Source;
}

/** Adds another name of an entity, as a fact of its own: its source, its certainty. */
export const addAlias = defineCommand({
  type: "AddAlias",
  summary: "Adds an alias",
  description:
    "Adds another name of an entity (an abbreviation, a spelling, a former name), as a fact with its\nown source and certainty.",
  inputDescription: "The entity, its other name and the source.",
  input: z.strictObject({
    entityId: reference("The entity's id."),
    alias: text("The other name, as the article spells it: at most 200 characters.", 200),
    distinctFrom: references(
      "Ids of entities this name may be taken for that are others (see registerEntity). At most 100.",
      COMMAND_CAPS.linkedIds,
    ).optional(),
    certainty,
    source: source("The article and sentence that use the name."),
  }),
  stream: (command) => streamId("entity", command.entityId),
  references: (command) => [command.entityId, ...(command.distinctFrom ?? [])],
  names: (command) => [command.alias],
  decide(command, state, ctx): AliasAdded[] {
    if (state.status === "absent" || state.category !== "entity")
      throw new DomainError("not_found", `no entity "${command.entityId}"`, "entityId");
    if (state.status === "retracted" || state.mergedInto !== undefined) {
      throw new DomainError(
        "illegal_state",
        `entity "${command.entityId}" has been ${state.mergedInto ? `merged into "${state.mergedInto}"` : "retracted"}`,
        "entityId",
      );
    }
    const { alias } = command;
    const known = [state.data.name, ...state.data.aliases].find(
      (name) => nameKey(name) === nameKey(alias),
    );
    if (known !== undefined)
      throw new DomainError(
        "already_exists",
        `"${command.entityId}" is already called "${known}"`,
        "alias",
      );
    if (state.data.aliases.length >= COMMAND_CAPS.aliases)
      throw invalid("alias", `an entity has at most ${COMMAND_CAPS.aliases} aliases`);
    const distinctFrom = resolveNodes("distinctFrom", command.distinctFrom, ENTITY_KINDS, ctx);
    refuseNamesakes(command.entityId, [alias], distinctFrom, ctx, "alias");
    return [
      sourcedEvent<AliasAdded>("AliasAdded", command, ctx, {
        entityId: command.entityId,
        alias,
        certainty: command.certainty,
        ...(distinctFrom.length > 0 ? { distinctFrom } : {}),
      }),
    ];
  },
  events: {
    AliasAdded: {
      type: "AliasAdded",
      description: "Another name of an entity was recorded, with its source.",
      schemaVersion: 1,
      evolve: (state, event): FactState =>
        state.status === "absent" || state.category !== "entity"
          ? state
          : {
              ...state,
              data: { ...state.data, aliases: [...state.data.aliases, event.data.alias] },
            },
      // The entity's aliases grow; the alias is a node of its own, citing its source.
      projection: {
        kind: "ordered",
        row: ({ record, event }) => ({
          id: event.data.entityId,
          eventId: record.id,
          position: int(record.position),
          aliases: [
            {
              name: event.data.alias,
              certainty: event.data.certainty,
              articleId: record.source?.articleId ?? null,
              quote: record.source?.quote ?? null,
              note: record.source?.note ?? null,
            },
          ],
          joined: joinedText([event.data.alias]),
          distinctFrom: (event.data.distinctFrom ?? []).map((ref) => ref.id),
        }),
        cypher: `
    CALL (e) {
      MATCH (n:${FACT_LABEL} {id: e.id}) WHERE NOT e.eventId IN n.eventIds
      SET n.aliases = n.aliases + [a IN e.aliases | a.name],
          n.aliasesText = CASE n.aliasesText WHEN '' THEN e.joined ELSE n.aliasesText + ' | ' + e.joined END,
          n.eventIds = n.eventIds + e.eventId
      WITH e, n
      ${ALIAS_NODES}
      ${DIFFERENT_FROM_EDGES}
    }`,
      },
    },
  },
  payload: ENTITY_PAYLOAD,
});
