import { ENTITY_KINDS, type EntityKind, type NodeKind } from "../vocabulary/entityKinds";
import { hasAnyLabel } from "./cypherPatterns";
import { GRAPH_MODEL, STRUCTURAL_LABELS } from "./GraphModel";

/**
 * The labels of the projection's nodes. Cypher cannot take a label as a parameter on every
 * Neo4j 5: they are written into the query text, or passed to APOC, and come from here only,
 * never from input (ESLint refuses a label spelt in Cypher anywhere else: eslint.config.mjs).
 */
type Label = (typeof STRUCTURAL_LABELS)[number] | EntityKind;

/** Each label by its name: `(n:${LABEL.Incident})`; a misspelt one does not compile. */
export const LABEL = Object.fromEntries(
  [...STRUCTURAL_LABELS, ...ENTITY_KINDS].map((label) => [label, label]),
) as { readonly [L in Label]: L };

export const ENTITY_LABEL = LABEL.Entity;
/**
 * Every node a fact made (entity, incident, update, statement), current or retracted: one
 * unique index finds any of them by id, whatever its kind.
 */
export const FACT_LABEL = LABEL.Fact;
export const RETRACTED_LABEL = LABEL.Retracted;
export const KIND_LABELS: readonly string[] = GRAPH_MODEL.kindLabels;

/** The label of a current fact node of each category (each has a uniqueness constraint on id). */
export type FactLabel = "Entity" | "Incident" | "Statement" | "Quantity";

/** Labels a current node of this kind carries. */
export function labelsOf(kind: NodeKind | "IncidentUpdate"): string[] {
  if (kind === "Incident" || kind === "Statement" || kind === "IncidentUpdate") return [kind];
  if (!KIND_LABELS.includes(kind)) throw new Error(`no label for kind ${kind}`);
  return [ENTITY_LABEL, kind];
}

/**
 * Every label a node of the projection may carry without an entity kind's (a node of the graph
 * carries at least one), in the order the dump keys nodes by: a node is keyed by the first it has.
 */
export const PROJECTION_LABELS = STRUCTURAL_LABELS;

/** Cypher: node `n` is one of the projection's (not the log's, not the checkpoint). */
export function isProjectionNode(n: string): string {
  return hasAnyLabel(n, PROJECTION_LABELS);
}
