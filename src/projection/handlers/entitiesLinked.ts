import { labelOf } from "../graphLabels";
import { provenance, validityBounds, validityProperties } from "../factProperties";
import { writeLinks } from "../graphWrites";
import type { ProjectionHandler } from "../ProjectionHandler";

/** A relation between entities (or incidents and statements): a typed relationship with its validity. */
export const entitiesLinked: ProjectionHandler<"EntitiesLinked"> = {
  type: "EntitiesLinked",
  project: (cypher, events) =>
    writeLinks(
      cypher,
      events.map(({ record, event }) => {
        const { relationId, relation, from, to, validity, role, certainty } = event.data;
        return {
          id: relationId,
          type: relation,
          fromLabel: labelOf(from.kind),
          from: from.id,
          toLabel: labelOf(to.kind),
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
