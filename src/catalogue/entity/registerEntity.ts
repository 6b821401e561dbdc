import { z } from "zod";
import { invalid } from "../../domain/DomainError";
import { ENTITY_KINDS } from "../../domain/nodeKinds";
import type { Source } from "../../domain/source";
import { streamId } from "../../domain/streams";
import { COMMAND_CAPS, resolveNodes } from "../../domain/validate";
import { KEEP_PLAN } from "../../eventstore/CypherRunner";
import { joinedText } from "../../projection/factProperties";
import { labelsOf } from "../../projection/graphLabels";
import { factNodeRow, newFactProjection } from "../../projection/graphWrites";
import { int } from "../../neo4j/neo4jValues";
import { FACT_LABEL } from "../../projection/graphLabels";
import {
  defineCommand,
  type Applied,
  type PayloadDefinition,
  type Statement,
} from "../CommandDefinition";
import { ALIAS_NODES, DIFFERENT_FROM_EDGES } from "./aliasNodes";
import type { EntityData } from "../facts";
import { stated } from "../FactState";
import { requireNewFact } from "../newFact";
import { sourcedEvent } from "../sourcedEvent";
import { certainty, newId, oneOf, optionalText, references, source, text, texts } from "../fields";
import { refuseNamesakes } from "./namesakes";

/** An entity is registered: something an article speaks of, of a kind, with its names. */
export interface EntityRegistered {
  type: "EntityRegistered";
  data: EntityData;
  source: Source;
}

/**
 * The aliases a registration gives, as (:${LABEL.Alias}) nodes with the registration's source, and the
 * entities it says it is not (DIFFERENT_FROM): after every entity of the batch exists.
 */
function aliasAndDistinctStatements(events: readonly Applied<EntityRegistered>[]): Statement[] {
  const rows = events.flatMap(({ record, event }) => {
    const { entityId, aliases, certainty, distinctFrom } = event.data;
    if (aliases.length === 0 && (distinctFrom ?? []).length === 0) return [];
    const quote = record.source?.quote ?? null;
    return [
      {
        id: entityId,
        eventId: record.id,
        position: int(record.position),
        aliases: aliases.map((name) => ({
          name,
          certainty,
          articleId: record.source?.articleId ?? null,
          quote,
          note: record.source?.note ?? null,
        })),
        distinctFrom: (distinctFrom ?? []).map((ref) => ref.id),
      },
    ];
  });
  if (rows.length === 0) return [];
  return [
    {
      text: `${KEEP_PLAN} UNWIND $rows AS e
       MATCH (n:${FACT_LABEL} {id: e.id})
       CALL (e, n) {
         WITH e, n WHERE size(e.aliases) > 0
         ${ALIAS_NODES}
       }
       ${DIFFERENT_FROM_EDGES}`,
      parameters: { rows },
    },
  ];
}

/** Registers an entity (an agency, person, module...) that an article speaks of. */
/** What a command on an entity answers: the entity as now projected (registerEntity, addAlias). */
export const ENTITY_PAYLOAD: PayloadDefinition = {
  type: "RegisterEntityPayload",
  fact: {
    field: "entity",
    type: "Entity",
    description: "The entity as now projected.",
    read: "entities",
  },
};

export const registerEntity = defineCommand({
  type: "RegisterEntity",
  summary: "Registers an entity",
  description: "Registers an entity (an agency, person, module...) that an article speaks of.",
  inputDescription: "The entity and its source.",
  input: z.strictObject({
    entityId: newId("A lower-case slug: zvezda, joel-montalbano."),
    kind: oneOf(ENTITY_KINDS, "EntityKind", "What kind of entity it is (its label in the graph)."),
    name: text("The name the article uses, spelt as in it: at most 200 characters.", 200),
    aliases: texts(
      "Other names the article uses (ESA, Zvezda module): at most 50, each at most 200 characters, none\nrepeated or equal to the name.",
      COMMAND_CAPS.aliases,
      200,
    ).optional(),
    description: optionalText("What the article says it is: at most 2000 characters.", 2000),
    distinctFrom: references(
      "Ids of existing entities whose name or alias this one's may be taken for, but that are others:\nthe duplicate check lets it through, and the graph records that they differ. At most 100.",
      COMMAND_CAPS.linkedIds,
    ).optional(),
    certainty,
    source: source(),
  }),
  stream: (command) => streamId("entity", command.entityId),
  references: (command) => [command.entityId, ...(command.distinctFrom ?? [])],
  names: (command) => [command.name, ...(command.aliases ?? [])],
  decide(command, state, ctx): EntityRegistered[] {
    const { entityId, name } = command;
    requireNewFact("entityId", entityId, state, ctx);
    const aliases = command.aliases ?? [];
    const duplicate = aliases.find((alias, i) => alias === name || aliases.indexOf(alias) !== i);
    if (duplicate !== undefined)
      throw invalid("aliases", `alias "${duplicate}" is listed twice or equals the name`);
    const distinctFrom = resolveNodes("distinctFrom", command.distinctFrom, ENTITY_KINDS, ctx);
    refuseNamesakes(entityId, [name, ...aliases], distinctFrom, ctx);
    return [
      sourcedEvent<EntityRegistered>("EntityRegistered", command, ctx, {
        entityId,
        kind: command.kind,
        name,
        aliases,
        description: command.description,
        certainty: command.certainty,
        ...(distinctFrom.length > 0 ? { distinctFrom } : {}),
      }),
    ];
  },
  events: {
    EntityRegistered: {
      type: "EntityRegistered",
      description: "An entity (agency, person, module...) was registered.",
      schemaVersion: 1,
      evolve: (_state, event) => stated({ category: "entity", data: event.data }, event.source),
      // An entity: an (:${LABEL.Entity}) node with its kind's label, citing its article.
      projection: newFactProjection<EntityRegistered>({
        creates: "Entity",
        needs: ["Article"],
        node: ({ record, event }) => {
          const { entityId, kind, name, aliases, description, certainty } = event.data;
          const properties = {
            kind,
            name,
            aliases,
            aliasesText: joinedText(aliases),
            description: description ?? null,
            certainty,
          };
          return { ...factNodeRow(record, entityId, properties), label: labelsOf(kind)[1]! };
        },
        around: { after: "SET n:$(row.label)" },
        more: aliasAndDistinctStatements,
      }),
    },
  },
  payload: ENTITY_PAYLOAD,
});
