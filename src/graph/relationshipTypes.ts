import { LINK_TYPE_NAMES, type LinkType } from "../vocabulary/factLinks";
import { RELATION_TYPE_NAMES, type RelationType } from "../vocabulary/relationTypes";
import { GRAPH_MODEL, STRUCTURAL_TYPES } from "./GraphModel";

/**
 * The relationship types of the projection: the vocabulary's relations and links between facts,
 * and CITES and HISTORICAL. Types written into Cypher text come from here only (ESLint refuses
 * one spelt in Cypher anywhere else); types sent as values are allow-listed here first.
 */
type GraphType = RelationType | LinkType | (typeof STRUCTURAL_TYPES)[number];

/** Each type by its name: `[:${TYPE.PART_OF}]`; a misspelt one does not compile. */
export const TYPE = Object.fromEntries(
  [...RELATION_TYPE_NAMES, ...LINK_TYPE_NAMES, ...STRUCTURAL_TYPES].map((type) => [type, type]),
) as { readonly [T in GraphType]: T };

/** Every relationship type the projection writes between facts. */
export const FACT_RELATIONSHIP_TYPES: readonly string[] = GRAPH_MODEL.factRelationshipTypes;

/** A relationship that held once: retracted, or replaced by a corrected version. */
export const HISTORICAL_TYPE = TYPE.HISTORICAL;
/** From a fact node to the article it cites, with the quote. */
export const CITES_TYPE = TYPE.CITES;
/** From an incident to each of its updates: no provenance of its own (the update is the fact). */
export const HAS_UPDATE_TYPE = TYPE.HAS_UPDATE;

export function assertRelationshipType(type: string): string {
  if (!FACT_RELATIONSHIP_TYPES.includes(type))
    throw new Error(`not a relationship type of the projection: ${type}`);
  return type;
}
