import { Kind, visit, type DocumentNode } from "graphql";

/**
 * The purpose-built read that answers what a refused operation asks, more cheaply, when there is
 * one: said in the refusal (QUERY_TOO_COMPLEX, QUERY_TOO_DEEP, INPUT_TOO_DEEP, FILTER_TOO_DEEP,
 * TOO_MANY_ALIASES), so that whoever wrote the question learns where its answer is.
 */
interface CheaperRead {
  read: string;
  says: string;
  /** Whether the operation asks what this read answers, by the fields and arguments it names. */
  asks: (names: ReadonlySet<string>, aliases: number) => boolean;
}

const has = (names: ReadonlySet<string>, ...some: string[]) => some.some((n) => names.has(n));

const CHEAPER_READS: readonly CheaperRead[] = [
  {
    read: "incidentsIncludingParts",
    says: "incidentsIncludingParts (on stations, segments, modules, vehicles and components) answers the incidents of a thing and of all its parts and docked vehicles in one walk",
    asks: (names) =>
      has(names, "parts", "partOf", "dockedVehicles") &&
      has(names, "incidents", "incidentsIncludingParts", "affected"),
  },
  {
    read: "searchConnection",
    says: "searchConnection(phrase, first, after) answers a search box over names, aliases, descriptions, statements and quotes, a page at a time",
    asks: (names) =>
      has(names, "contains", "startsWith", "endsWith") ||
      [...names].some((name) => /By(Name|Text)$/.test(name)),
  },
  {
    read: "timelineConnection",
    says: "timelineConnection(about, from, until, first, after) answers incidents, their updates and statements in world-time order, a page at a time",
    asks: (names) =>
      has(names, "occurredFrom", "occurredTo") &&
      has(names, "incidents", "incidentUpdates", "statements", "updates", "statementsAbout"),
  },
  {
    read: "relationsConnection",
    says: "relationsConnection(from, to, type, validOn, asOfPosition, first, after) answers relations with their validity, certainty and quotes, a page at a time",
    asks: (names) => has(names, "properties", "edge"),
  },
  {
    read: "entities",
    says: "entities(where: { id: { in: [...] } }) reads many things by id in one field, without an alias each",
    asks: (names, aliases) => aliases > 0 && has(names, "entity", "people", "modules", "agencies"),
  },
  {
    read: "neighbourhood",
    says: "neighbourhood(id, depth) answers a node with everything within a few hops, its nodes and edges ready for a graph view",
    asks: () => true,
  },
];

/** The cheaper read for this operation, as a sentence to add to its refusal. */
export function cheaperRead(document: DocumentNode): { read: string; says: string } {
  const names = new Set<string>();
  let aliases = 0;
  visit(document, {
    Field(node) {
      names.add(node.name.value);
      if (node.alias) aliases += 1;
    },
    ObjectField(node) {
      names.add(node.name.value);
    },
    Argument(node) {
      if (node.value.kind === Kind.OBJECT) return;
      names.add(node.name.value);
    },
  });
  const { read, says } = CHEAPER_READS.find((candidate) => candidate.asks(names, aliases))!;
  return { read, says };
}
