import { LABEL } from "../graph/graphLabels";
import { TYPE } from "../graph/relationshipTypes";
import type { RelationEnd } from "../vocabulary/declarations";
import { nodeKindsOf, relationsOf, type Vocabulary } from "../vocabulary/Vocabulary";

/** A relationship field of the read API (@relationship), as the vocabulary declares it. */
export interface RelationshipField {
  /** The relationship type it follows, and which way. */
  type: string;
  direction: "OUT" | "IN";
  field: string;
  description: string;
  /** What it lists: a type, or a union (whose members the vocabulary declares). */
  target: string;
  targetIsUnion: boolean;
  /** The GraphQL type of the relationship's properties, if it has any. */
  properties: "Fact" | "Citation" | undefined;
}

interface Relationship {
  type: string;
  from: readonly string[];
  to: readonly string[];
  out: RelationEnd;
  in: RelationEnd;
  properties: RelationshipField["properties"];
}

/** Every fact node cites its articles (CITES, the graph model's), and an article lists them. */
function citations(vocabulary: Vocabulary): Relationship {
  return {
    type: TYPE.CITES,
    from: nodeKindsOf(vocabulary),
    to: [LABEL.Article],
    out: {
      field: "citations",
      description: "The articles citing this fact, each with its quote.",
      target: LABEL.Article,
    },
    in: {
      field: "mentions",
      description: "Every fact citing this article, with its quote.",
      target: "Cited",
    },
    properties: "Citation",
  };
}

/** Every relationship the read API shows: CITES, then the vocabulary's relations and links. */
function relationships(vocabulary: Vocabulary): Relationship[] {
  return [
    citations(vocabulary),
    ...relationsOf(vocabulary).map((r) => ({
      ...r,
      properties: r.provenance === false ? undefined : ("Fact" as const),
    })),
  ];
}

/**
 * The order of the relationship fields within a type, as the SDL had them before it was
 * generated: introspection, and so GraphiQL's docs, list fields in the SDL's order. A type not
 * listed (a new relation) comes after these, in the vocabulary's order.
 */
const FIELD_ORDER = [
  "MEMBER_OF",
  "PART_OF",
  "CREW_OF",
  "CITIZEN_OF",
  "DOCKED_AT",
  "OPERATES",
  "BELONGS_TO",
  "LOCATED_IN",
  "COOPERATES_WITH",
  "MILITARY_ACTIONS_IN",
  "AFFECTED",
  "CARRIED_BY",
  "SAID_BY",
  "REPORTED_BY",
  "ATTRIBUTED_TO",
];

/** The relationship fields of a type of the read API, from the vocabulary, in the SDL's order. */
export function relationshipFieldsOf(
  vocabulary: Vocabulary,
  typeName: string,
): RelationshipField[] {
  const all = relationships(vocabulary);
  const rank = (type: string) => {
    const listed = FIELD_ORDER.indexOf(type);
    return listed >= 0 ? listed : FIELD_ORDER.length + all.findIndex((r) => r.type === type);
  };
  const fields: RelationshipField[] = [];
  for (const relationship of all) {
    for (const direction of ["OUT", "IN"] as const) {
      const end = direction === "OUT" ? relationship.out : relationship.in;
      const holders = end.on ?? (direction === "OUT" ? relationship.from : relationship.to);
      if (!holders.includes(typeName)) continue;
      fields.push({
        type: relationship.type,
        direction,
        field: end.field,
        description: end.describedOn?.[typeName] ?? end.description,
        target: end.target,
        targetIsUnion: Object.hasOwn(vocabulary.unions, end.target),
        properties: relationship.properties,
      });
    }
  }
  // CITES first, as the Entity interface declares it; then by FIELD_ORDER, out before in.
  return fields.sort(
    (a, b) =>
      Number(b.type === TYPE.CITES) - Number(a.type === TYPE.CITES) ||
      rank(a.type) - rank(b.type) ||
      Number(a.direction === "IN") - Number(b.direction === "IN"),
  );
}

/** The @relationship (and @filterable) directives of a field. */
export function relationshipDirectives(field: RelationshipField): string {
  const properties = field.properties ? `, properties: "${field.properties}"` : "";
  const filterable = field.targetIsUnion ? "byValue: false" : "byAggregate: false";
  return (
    `@relationship(type: "${field.type}", direction: ${field.direction}${properties}, ` +
    `aggregate: false, nestedOperations: []) @filterable(${filterable})`
  );
}

/** The field as the SDL declares it: `name: [Target!]!` and its directives. */
export function relationshipFieldSdl(field: RelationshipField): string {
  return `${field.field}: [${field.target}!]! ${relationshipDirectives(field)}`;
}
