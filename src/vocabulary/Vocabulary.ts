import { CLOSED_VOCABULARIES, type ClosedVocabulary } from "./closedVocabularies";
import type { RelationDeclaration, UnionDeclaration } from "./declarations";
import {
  ENTITY_KIND_DECLARATIONS,
  FACT_NODE_KINDS,
  KIND_GROUPS,
  type EntityKindDeclaration,
} from "./entityKinds";
import { LINK_TYPES } from "./factLinks";
import { RELATION_TYPES } from "./relationTypes";
import { UNIONS } from "./unions";

/**
 * The whole vocabulary as one value: what the generators of schema/ and of the docs' tables read
 * (src/codegen), and what the graph model derives its names from (src/graph). Tests hand them a
 * copy with one more entry to show that the rest follows from it.
 */
export interface Vocabulary {
  entityKinds: Readonly<Record<string, EntityKindDeclaration>>;
  /** The kinds of node a fact makes besides entities (Incident, IncidentUpdate, Statement). */
  factNodeKinds: readonly string[];
  kindGroups: Readonly<Record<string, readonly string[]>>;
  unions: Readonly<Record<string, UnionDeclaration>>;
  /** Relations: facts of their own (LinkEntities). */
  relations: Readonly<Record<string, RelationDeclaration>>;
  /** Links an incident, update or statement makes as part of its own fact. */
  links: Readonly<Record<string, RelationDeclaration>>;
  /** Closed vocabularies by the name of their GraphQL enum. */
  closed: Readonly<Record<string, ClosedVocabulary>>;
}

export const VOCABULARY: Vocabulary = {
  entityKinds: ENTITY_KIND_DECLARATIONS,
  factNodeKinds: FACT_NODE_KINDS,
  kindGroups: KIND_GROUPS,
  unions: UNIONS,
  relations: RELATION_TYPES,
  links: LINK_TYPES,
  closed: CLOSED_VOCABULARIES,
};

/** The kinds of every node a fact makes: entities' kinds, then the fact node kinds. */
export function nodeKindsOf(vocabulary: Vocabulary): string[] {
  return [...Object.keys(vocabulary.entityKinds), ...vocabulary.factNodeKinds];
}

/** A relation or link with its name and category, in the vocabulary's order (relations first). */
export interface NamedRelation extends RelationDeclaration {
  type: string;
  category: "relation" | "link";
}

export function relationsOf(vocabulary: Vocabulary): NamedRelation[] {
  return [
    ...Object.entries(vocabulary.relations).map(([type, r]) => ({
      ...r,
      type,
      category: "relation" as const,
    })),
    ...Object.entries(vocabulary.links).map(([type, r]) => ({
      ...r,
      type,
      category: "link" as const,
    })),
  ];
}
