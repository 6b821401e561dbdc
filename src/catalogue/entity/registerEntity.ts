import { z } from "zod";
import { DomainError, invalid } from "../../domain/DomainError";
import { ENTITY_KINDS } from "../../domain/nodeKinds";
import { checkSource, type Source } from "../../domain/source";
import { streamId } from "../../domain/streams";
import { COMMAND_CAPS } from "../../domain/validate";
import { KEEP_PLAN } from "../../eventstore/CypherRunner";
import { joinedText, provenance } from "../../projection/factProperties";
import { labelsOf } from "../../projection/graphLabels";
import { CITE, citationOf } from "../../projection/graphWrites";
import { defineCommand } from "../CommandDefinition";
import type { EntityData } from "../facts";
import { certainty, newId, oneOf, optionalText, source, text, texts } from "../fields";

/** An entity is registered: something an article speaks of, of a kind, with its names. */
export interface EntityRegistered {
  type: "EntityRegistered";
  data: EntityData;
  source: Source;
}

/** Registers an entity (an agency, person, module...) that an article speaks of. */
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
    certainty,
    source: source(),
  }),
  stream: (command) => streamId("entity", command.entityId),
  references: (command) => [command.entityId],
  decide(command, state, ctx): EntityRegistered[] {
    const { entityId, name } = command;
    if (state.status !== "absent" || ctx.nodes.has(entityId)) {
      throw new DomainError("already_exists", `"${entityId}" is already registered`, "entityId");
    }
    const aliases = command.aliases ?? [];
    const duplicate = aliases.find((alias, i) => alias === name || aliases.indexOf(alias) !== i);
    if (duplicate !== undefined)
      throw invalid("aliases", `alias "${duplicate}" is listed twice or equals the name`);
    checkSource(command.source, ctx.articles.get(command.source.articleId));
    return [
      {
        type: "EntityRegistered",
        data: {
          entityId,
          kind: command.kind,
          name,
          aliases,
          description: command.description,
          certainty: command.certainty,
        },
        source: command.source,
      },
    ];
  },
  events: {
    EntityRegistered: {
      type: "EntityRegistered",
      description: "An entity (agency, person, module...) was registered.",
      schemaVersion: 1,
      evolve: (_state, event) => ({
        status: "active",
        category: "entity",
        data: event.data,
        sources: [event.source],
      }),
      // An entity: an (:Entity) node with its kind's label, citing its article.
      projection: {
        kind: "set",
        creates: ["Entity"],
        needs: ["Article"],
        statements: (events) => [
          {
            text: `${KEEP_PLAN} UNWIND $entities AS row
       MERGE (n:Entity {id: row.id})
       ON CREATE SET n:Fact, n += row.properties
       SET n:$(row.label)
       WITH n, row.citation AS c
       ${CITE}`,
            parameters: {
              entities: events.map(({ record, event }) => {
                const { entityId, kind, name, aliases, description, certainty } = event.data;
                return {
                  id: entityId,
                  label: labelsOf(kind)[1]!,
                  properties: {
                    ...provenance(record),
                    kind,
                    name,
                    aliases,
                    aliasesText: joinedText(aliases),
                    description: description ?? null,
                    certainty,
                  },
                  citation: citationOf(entityId, record),
                };
              }),
            },
          },
        ],
      },
    },
  },
  payload: {
    type: "RegisterEntityPayload",
    fact: {
      field: "entity",
      type: "Entity",
      description: "The entity as now projected.",
      read: "entities",
    },
  },
});
