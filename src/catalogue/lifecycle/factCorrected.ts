import type { Source } from "../../domain/source";
import { TYPE } from "../../graph/relationshipTypes";
import {
  joinedText,
  linkProvenance,
  validityBounds,
  validityProperties,
  worldTimeBounds,
  worldTimeProperties,
} from "../../projection/factProperties";
import { factEventRow } from "../../projection/factTarget";
import { FACT_LABEL } from "../../projection/graphLabels";
import {
  CITE,
  citationOf,
  endRelationship,
  linkId,
  matchRelation,
} from "../../projection/graphWrites";
import type { EventDefinition } from "../CommandDefinition";
import type { FactState } from "../FactState";
import { claimRow, correctedClaim } from "../claims/claimProjection";
import type { ClaimValue } from "../claims/claimState";
import { correctedClaims } from "../claims/correctedClaims";
import type { FactChanges, NodeRef, RelationTarget } from "../facts";

/** New values for some fields of a fact; the old ones stay in the log. */
export interface FactCorrected {
  type: "FactCorrected";
  data: {
    factId: string;
    relation?: RelationTarget | undefined;
    changes: FactChanges;
    reason: string;
  };
  source: Source;
}

/** Fields of a correction that are lists of links, with the relationship type each writes. */
const LINK_FIELDS = [
  ["affected", "AFFECTED"],
  ["reportedBy", "REPORTED_BY"],
  ["speakers", "SAID_BY"],
  ["about", "ABOUT"],
  ["carriedBy", "CARRIED_BY"],
] as const satisfies readonly (readonly [keyof FactChanges, string])[];

/** Cypher over `k` and `h`: the claim row gives the field a value other than the fact's. */
const CHANGED = `NOT (coalesce(h[k.keys.value], '') = coalesce(k.value, '')
               AND coalesce(h[k.keys.precision], '') = coalesce(k.precision, ''))`;

/**
 * A correction. A node is updated in place (its former values are in its events); a relationship
 * keeps its replaced version as a HISTORICAL relationship, for "as known at" reads. Links a
 * correction replaces end the same way; new ones are created.
 */
export const factCorrected: EventDefinition<FactCorrected> = {
  type: "FactCorrected",
  description: "Fields of a fact were corrected.",
  // 2: data.relation names a relation fact's type and ends.
  schemaVersion: 2,
  // Every correctable field has the same name in the fact's data; a claimable one keeps the value
  // it replaces as a deprecated claim.
  evolve: (state, event) => {
    if (state.status === "absent") return state;
    const data = { ...state.data, ...event.data.changes };
    const claims = correctedClaims(state, data, event.source, event.data.reason);
    return { ...state, data, ...(claims ? { claims } : {}) } as FactState;
  },
  projection: {
    kind: "ordered",
    row: ({ record, event }) => {
      const { changes, reason } = event.data;
      const { target, row } = factEventRow(record, event.data);
      const common = { ...row, reason, properties: scalarChanges(changes) };
      if (target.kind === "relation") {
        return {
          ...common,
          hasValidity: changes.validity !== undefined,
          ...validityBounds(changes.validity ?? {}),
        };
      }
      return {
        ...common,
        claims: correctedClaimRows(changes),
        hasOccurredAt: changes.occurredAt !== undefined,
        ...worldTimeBounds(changes.occurredAt),
        links: LINK_FIELDS.filter(([field]) => changes[field] !== undefined).map(
          ([field, type]) => {
            const refs = changes[field] as NodeRef[];
            return {
              type,
              ids: refs.map((ref) => ref.id),
              // Each target once: a link is created where none is kept (see the statement).
              targets: [...new Set(refs.map((ref) => ref.id))].map((id) => ({
                id,
                linkId: linkId(target.id, type, id),
              })),
            };
          },
        ),
        // Certainty comes from the node as it stands after the correction.
        linkProperties: withoutCertainty(linkProvenance(record, "")),
        citation: citationOf(target.id, record),
      };
    },
    cypher: `
    CALL (e) {
      WITH e WHERE e.relation IS NOT NULL
      ${matchRelation("e")}
      WITH e, a, b, r WHERE NOT e.eventId IN r.eventIds
      CREATE (a)-[h:${TYPE.HISTORICAL}]->(b)
      SET h = properties(r), h.type = type(r), h.knownUntil = e.position,
          h.endedBy = 'corrected', h.endedByEvent = e.eventId, h.endReason = e.reason
      WITH e, r
      CALL (e, r) {
        UNWIND e.claims AS k
        WITH e, k, r AS h WHERE ${CHANGED}
        ${correctedClaim("relationship")}
      }
      SET r += e.properties, r.knownSince = e.position,
          r.correctedAt = r.correctedAt + e.position, r.eventIds = r.eventIds + e.eventId
      FOREACH (_ IN CASE WHEN e.hasValidity THEN [1] ELSE [] END |
        SET r.validFromStart = e.validFromStart, r.validToEnd = e.validToEnd)
    }
    CALL (e) {
      WITH e WHERE e.relation IS NULL
      MATCH (n:${FACT_LABEL} {id: e.id})
      WITH e, n WHERE NOT e.eventId IN n.eventIds
      CALL (e, n) {
        UNWIND e.claims AS k
        WITH e, k, n AS h WHERE ${CHANGED}
        ${correctedClaim("node")}
      }
      SET n += e.properties, n.correctedAt = n.correctedAt + e.position,
          n.eventIds = n.eventIds + e.eventId
      FOREACH (_ IN CASE WHEN e.hasOccurredAt THEN [1] ELSE [] END |
        SET n.occurredFrom = datetime(e.earliest), n.occurredTo = datetime(e.latest))
      WITH e, n
      CALL (e, n) {
        UNWIND e.links AS link
        MATCH (n)-[r]->(x) WHERE type(r) = link.type AND NOT x.id IN link.ids
        ${endRelationship({ position: "e.position", eventId: "e.eventId", endedBy: "'corrected'" })}
      }
      CALL (e, n) {
        UNWIND e.links AS link
        UNWIND link.targets AS t
        MATCH (b:${FACT_LABEL} {id: t.id})
        WITH e, n, link, t, b, [(n)-[k]->(x) WHERE type(k) = link.type AND k.id = t.linkId | x] AS kept
        WITH e, n, link, t, b WHERE NOT b IN kept
        CREATE (n)-[r:$(link.type)]->(b)
        SET r.id = t.linkId, r += e.linkProperties, r.certainty = n.certainty
      }
      WITH n, e.citation AS c
      ${CITE}
    }`,
  },
};

/** The claimable fields a correction sets, as claim rows (a relation's validity: both bounds). */
function correctedClaimRows(changes: FactChanges) {
  const values: [string, ClaimValue][] = [];
  for (const field of ["name", "description", "kind", "title", "text", "role"] as const) {
    if (changes[field] !== undefined) values.push([field, changes[field]]);
  }
  if (changes.occurredAt !== undefined) values.push(["occurredAt", changes.occurredAt]);
  if (changes.validity !== undefined) {
    values.push(["validFrom", changes.validity.from ?? null]);
    values.push(["validTo", changes.validity.to ?? null]);
  }
  return values.map(([field, value]) => claimRow(field, value));
}

/** Corrected values as node or relationship properties (lists of links are handled apart). */
function scalarChanges(changes: FactChanges): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const field of [
    "name",
    "description",
    "title",
    "text",
    "kind",
    "role",
    "certainty",
  ] as const) {
    if (changes[field] !== undefined) properties[field] = changes[field];
  }
  if (changes.aliases !== undefined) {
    properties.aliases = changes.aliases;
    properties.aliasesText = joinedText(changes.aliases);
  }
  if (changes.occurredAt !== undefined)
    Object.assign(properties, worldTimeProperties("occurredAt", changes.occurredAt));
  if (changes.validity !== undefined)
    Object.assign(properties, validityProperties(changes.validity));
  return properties;
}

function withoutCertainty<T extends { certainty: string }>(properties: T): Omit<T, "certainty"> {
  const { certainty: _certainty, ...rest } = properties;
  return rest;
}
