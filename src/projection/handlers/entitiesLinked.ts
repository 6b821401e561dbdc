import { provenance, validityBounds, validityProperties } from "../factProperties";
import { writeLinks } from "../graphWrites";
import type { SetHandler } from "../ProjectionHandler";

/** A relation between entities (or incidents and statements): a typed relationship with its validity. */
export const entitiesLinked: SetHandler<"EntitiesLinked"> = {
  type: "EntitiesLinked",
  kind: "set",
  project: (cypher, events) =>
    writeLinks(
      cypher,
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
};
