import type { GraphNodeKind } from "./entityKinds";

/**
 * One end of a relation as the read API shows it: a relationship field on the types at that end,
 * listing the nodes at the other (direction OUT on the relation's start, IN on its end).
 */
export interface RelationEnd<Type extends string = string> {
  /** The GraphQL field's name. */
  field: string;
  /** Its description. */
  description: string;
  /** Where it reads differently on one type (parts: "Its components." on a module). */
  describedOn?: Readonly<Partial<Record<Type, string>>>;
  /** What the field lists: a type (a kind, Incident...) or a union of the vocabulary. */
  target: Type;
  /** The types that have the field, when not every kind at this end has it. */
  on?: readonly Type[];
}

/**
 * A relationship type of the graph between two kinds of node: the kinds it may join, how it reads
 * in a sentence, and its fields at both ends.
 */
export interface RelationDeclaration<Type extends string = string> {
  /** What it means (the enum value's description, the docs). */
  description: string;
  /** Kinds it may start at, and end at: a relation between other kinds is refused. */
  from: readonly GraphNodeKind[];
  to: readonly GraphNodeKind[];
  /** How it reads between its ends: "<Joel Montalbano> is a member of <NASA>". */
  phrase: string;
  /** An example from the seeded article, for the docs. */
  example: string;
  /** The field on the kinds it starts at (direction OUT) and on those it ends at (IN). */
  out: RelationEnd<Type>;
  in: RelationEnd<Type>;
  /**
   * False for a relationship that carries no provenance of its own (an incident's HAS_UPDATE: the
   * update is the fact); otherwise it carries the properties of a fact (GraphQL type Fact).
   */
  provenance?: boolean;
}

/** A union of the read API: what a relationship field lists when it lists several kinds. */
export interface UnionDeclaration {
  members: readonly GraphNodeKind[];
  description?: string;
  /** True for a union the API may be asked for on its own (a query of it); false by default. */
  queryable?: boolean;
}
