import { KEEP_PLAN } from "../../eventstore/CypherRunner";
import { joinedText, provenance } from "../factProperties";
import { labelsOf } from "../graphLabels";
import { CITE, citationOf } from "../graphWrites";
import type { SetHandler } from "../ProjectionHandler";

/** An entity: an (:Entity) node with its kind's label, citing its article. */
export const entityRegistered: SetHandler<"EntityRegistered"> = {
  type: "EntityRegistered",
  kind: "set",
  project: (cypher, events) => [
    cypher.run(
      `${KEEP_PLAN} UNWIND $entities AS row
       MERGE (n:Entity {id: row.id})
       ON CREATE SET n:Fact, n += row.properties
       SET n:$(row.label)
       WITH n, row.citation AS c
       ${CITE}`,
      {
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
    ),
  ],
};
