import type { PayloadRead } from "../catalogue/CommandDefinition";
import type { RelationTarget } from "../catalogue/facts";
import type { NodeRef } from "../domain/NodeRef";
import { parseStreamId, type FactCategory } from "../domain/streams";
import type { EventRecord } from "../eventstore/EventRecord";

/**
 * What happened to a fact after the client's position, as far as its cache is concerned: it is
 * new, its values changed (CORRECTED when its last event was a correction, UPDATED otherwise: a
 * source, a claim, an alias, an update of an incident...), it left the graph (RETRACTED), or its
 * id now names another entity (MERGED).
 */
export type FactChangeKind = "CREATED" | "UPDATED" | "CORRECTED" | "RETRACTED" | "MERGED";

/** A fact changed after a position, once, at its last change. */
export interface FactChange {
  /** The fact's id (zvezda), as the API names it. */
  factId: string;
  /** Its stream (entity-zvezda). */
  stream: string;
  /** The GraphQL type a client cache keeps it under: an entity's kind, Incident, RelationFact... */
  typename: string;
  kind: FactChangeKind;
  /** The log position of its last change, up to the page's head. */
  position: number;
  /** The type of the event of that change. */
  lastEventType: EventRecord["type"];
  /** For MERGED: the entity its id now names. */
  mergedInto: string | null;
  /**
   * The node to read as it is now, by the generated read `read` (a relation by its own read,
   * between the ends its events name), or null when there is none to read (a retraction).
   */
  current: { read: PayloadRead; id: string; ends?: { from: string; to: string } } | null;
}

/** The ends a relation's event names: its link's, or those every later event carries. */
function relationEnds(event: EventRecord["event"]): { from: string; to: string } | undefined {
  const data = event.data as { from?: NodeRef; to?: NodeRef; relation?: unknown };
  if (event.type === "EntitiesLinked" && data.from && data.to)
    return { from: data.from.id, to: data.to.id };
  const target = data.relation as RelationTarget | undefined;
  return typeof target === "object" ? { from: target.from.id, to: target.to.id } : undefined;
}

/** The generated read of each category's nodes (a relation has its own: RelationFact). */
const READ_OF: Record<FactCategory, PayloadRead> = {
  article: "articles",
  entity: "entities",
  incident: "incidents",
  statement: "statements",
  quantity: "quantities",
  relation: "relation",
};

/**
 * The GraphQL type of each category's facts; an entity's is its kind. The ChangedFact union of
 * schema/changes.graphql holds the entity kinds and these but RelationFact (a unit test says so).
 */
export const TYPENAME_OF: Record<Exclude<FactCategory, "entity">, string> = {
  article: "Article",
  incident: "Incident",
  statement: "Statement",
  quantity: "Quantity",
  relation: "RelationFact",
};

/**
 * The change a stream's last event makes of its fact, for a client at position `since`:
 * `firstPosition` is where the stream began, `entityKind` an entity's kind (its type).
 */
export function factChangeOf(
  last: EventRecord,
  since: number,
  firstPosition: number,
  entityKind: string | undefined,
): FactChange {
  const parsed = parseStreamId(last.stream);
  if (!parsed) throw new Error(`the stream ${last.stream} names no fact`);
  const { category, id } = parsed;
  const typename = category === "entity" ? entityKind : TYPENAME_OF[category];
  if (!typename) throw new Error(`the entity ${id} has no kind in the graph`);
  const event = last.event;
  // Nothing follows a retraction in its stream: it is the fact's last event for good.
  const retracted = event.type === "FactRetracted";
  const mergedInto = event.type === "EntityMerged" ? event.data.into.id : null;
  const kind: FactChangeKind = retracted
    ? "RETRACTED"
    : mergedInto !== null
      ? "MERGED"
      : firstPosition > since
        ? "CREATED"
        : event.type === "FactCorrected"
          ? "CORRECTED"
          : "UPDATED";
  return {
    factId: id,
    stream: last.stream,
    typename,
    kind,
    position: last.position,
    lastEventType: last.type,
    mergedInto,
    current: retracted
      ? null
      : {
          read: READ_OF[category],
          id: mergedInto ?? id,
          ...(category === "relation" ? { ends: relationEnds(event) } : {}),
        },
  };
}
