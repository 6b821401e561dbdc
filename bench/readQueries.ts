import neo4j, { type Record as Neo4jRecord } from "neo4j-driver";
import { luceneQuery } from "../src/explore/searchQuery";
import type { CorpusProbes } from "../tools/stories/syntheticCorpus";

/**
 * The reads a frontend makes, each as GraphQL over HTTP and as the Cypher an analyst would
 * write by hand for the same answer (index-backed, through the driver). Each side is reduced to
 * the same canonical answer (sorted strings), so the bench checks that it compares like with like.
 */
export interface ReadQuery {
  key: string;
  name: string;
  /** Answers "as the log knew it at a position": judged against the time-travel target too. */
  timeTravel: boolean;
  graphql: { query: string; variables: Record<string, unknown> };
  cypher: { query: string; params: Record<string, unknown> };
  answerOfGraphQL(data: Record<string, unknown>): string[];
  answerOfCypher(records: readonly Neo4jRecord[]): string[];
}

/** neighbourhood's default limit (paths): a hub's neighbourhood is cut there, by both sides. */
const NEIGHBOURHOOD_LIMIT = 500;
const NESTED_LIMIT = 100;
const SEARCH_FIRST = 20;

interface GraphNodeData {
  node: { id: string };
}
interface GraphEdgeData {
  factId: string | null;
  type: string;
  from: string;
  to: string;
}
type Neighbour = { id: string | null; type: string; from: string; to: string; node: string } | null;

const sorted = (items: Iterable<string>) => [...new Set(items)].sort();
const str = (value: unknown) => (value === null || value === undefined ? "" : String(value));

function subgraphAnswer(subgraph: { nodes: GraphNodeData[]; edges: GraphEdgeData[] }): string[] {
  if (subgraph.edges.length >= NEIGHBOURHOOD_LIMIT) return [`cut at ${NEIGHBOURHOOD_LIMIT} paths`];
  return sorted([
    ...subgraph.nodes.map((n) => `node ${n.node.id}`),
    ...subgraph.edges.map((e) => `edge ${e.type} ${e.from}->${e.to}`),
  ]);
}

function neighboursAnswer(records: readonly Neo4jRecord[]): string[] {
  const record = records[0];
  if (!record) return ["not found"];
  const neighbours = (record.get("neighbours") as Neighbour[]).filter((n) => n !== null);
  if (neighbours.length >= NEIGHBOURHOOD_LIMIT) return [`cut at ${NEIGHBOURHOOD_LIMIT} paths`];
  return sorted([
    `node ${str(record.get("id"))}`,
    ...neighbours.flatMap((n) => [`node ${n.node}`, `edge ${n.type} ${n.from}->${n.to}`]),
  ]);
}

const NEIGHBOURHOOD_GRAPHQL = (asOf: boolean) => `
query Neighbourhood($id: ID!${asOf ? ", $asOf: Int" : ""}) {
  neighbourhood(id: $id, depth: 1${asOf ? ", asOfPosition: $asOf" : ""}) {
    nodes { distance node { id kind label } }
    edges { id factId type from to certainty validFrom validFromPrecision }
  }
}`;

const NEIGHBOURS_RETURN = `
WITH m, r, n LIMIT ${NEIGHBOURHOOD_LIMIT}
RETURN m.id AS id, m.kind AS kind, coalesce(m.name, m.title, m.text) AS label,
       collect(CASE WHEN r IS NULL THEN null ELSE {
         id: r.id, type: coalesce(r.type, type(r)),
         from: startNode(r).id, to: endNode(r).id, certainty: r.certainty,
         validFrom: r.validFrom, validFromPrecision: r.validFromPrecision,
         node: n.id, kind: n.kind, label: coalesce(n.name, n.title, n.description, n.text)
       } END) AS neighbours`;

const HARDWARE_IDS =
  "__typename ... on Station { id } ... on Segment { id } ... on Module { id } ... on Vehicle { id } ... on Component { id }";
const OPERATOR_IDS =
  "__typename ... on Agency { id } ... on Country { id } ... on Organization { id }";

export function readQueries(probes: CorpusProbes): ReadQuery[] {
  const asOf = probes.midPosition;
  return [
    {
      key: "neighbourhood",
      name: "entity with its neighbours: neighbourhood(depth: 1)",
      timeTravel: false,
      graphql: { query: NEIGHBOURHOOD_GRAPHQL(false), variables: { id: probes.moduleId } },
      cypher: {
        query: `
MATCH (m:Entity {id: $id})
OPTIONAL MATCH (m)-[r]-(n)
WHERE NOT type(r) IN ['CITES', 'HISTORICAL'] AND r.knownUntil IS NULL
  AND (n:Entity OR n:Incident OR n:IncidentUpdate OR n:Statement) AND n.knownUntil IS NULL
${NEIGHBOURS_RETURN}`,
        params: { id: probes.moduleId },
      },
      answerOfGraphQL: (data) =>
        subgraphAnswer(data.neighbourhood as { nodes: GraphNodeData[]; edges: GraphEdgeData[] }),
      answerOfCypher: neighboursAnswer,
    },
    {
      key: "module",
      name: "entity with its neighbours: generated modules(where: id)",
      timeTravel: false,
      graphql: {
        query: `
query ModuleWithNeighbours($id: ID!) {
  modules(where: { id: { eq: $id } }) {
    id
    name
    partOf { ${HARDWARE_IDS} }
    parts { ${HARDWARE_IDS} }
    operatedBy { ${OPERATOR_IDS} }
    incidents(sort: [{ id: ASC }], limit: ${NESTED_LIMIT}) { id title }
    statementsAbout(sort: [{ id: ASC }], limit: ${NESTED_LIMIT}) { id text }
  }
}`,
        variables: { id: probes.moduleId },
      },
      cypher: {
        query: `
MATCH (m:Entity:Module {id: $id})
RETURN m.id AS id, m.name AS name,
  COLLECT { MATCH (m)-[:PART_OF]->(x:Entity) RETURN x.id } AS partOf,
  COLLECT { MATCH (m)<-[:PART_OF]-(x:Entity) RETURN x.id } AS parts,
  COLLECT { MATCH (m)<-[:OPERATES]-(x:Entity) RETURN x.id } AS operatedBy,
  COLLECT { MATCH (m)<-[:AFFECTED]-(x:Incident) RETURN x {.id, .title} AS x ORDER BY x.id LIMIT ${NESTED_LIMIT} } AS incidents,
  COLLECT { MATCH (m)<-[:ABOUT]-(x:Statement) RETURN x {.id, .text} AS x ORDER BY x.id LIMIT ${NESTED_LIMIT} } AS statementsAbout`,
        params: { id: probes.moduleId },
      },
      answerOfGraphQL: (data) => {
        type Ids = { id: string }[];
        const modules = data.modules as {
          id: string;
          partOf: Ids;
          parts: Ids;
          operatedBy: Ids;
          incidents: Ids;
          statementsAbout: Ids;
        }[];
        return sorted(
          modules.flatMap((m) => [
            `module ${m.id}`,
            ...m.partOf.map((x) => `partOf ${x.id}`),
            ...m.parts.map((x) => `parts ${x.id}`),
            ...m.operatedBy.map((x) => `operatedBy ${x.id}`),
            ...m.incidents.map((x) => `incident ${x.id}`),
            ...m.statementsAbout.map((x) => `statement ${x.id}`),
          ]),
        );
      },
      answerOfCypher: (records) =>
        sorted(
          records.flatMap((r) => [
            `module ${str(r.get("id"))}`,
            ...(r.get("partOf") as string[]).map((id) => `partOf ${id}`),
            ...(r.get("parts") as string[]).map((id) => `parts ${id}`),
            ...(r.get("operatedBy") as string[]).map((id) => `operatedBy ${id}`),
            ...(r.get("incidents") as { id: string }[]).map((x) => `incident ${x.id}`),
            ...(r.get("statementsAbout") as { id: string }[]).map((x) => `statement ${x.id}`),
          ]),
        ),
    },
    {
      key: "crew-by-agency",
      name: "crew by agency: generated agencies { members }",
      timeTravel: false,
      graphql: {
        query: `
query CrewByAgency($id: ID!) {
  agencies(where: { id: { eq: $id } }) {
    id
    name
    members(sort: [{ name: ASC }, { id: ASC }], limit: ${NESTED_LIMIT}) { id name }
  }
}`,
        variables: { id: probes.agencyId },
      },
      cypher: {
        query: `
MATCH (a:Entity:Agency {id: $id})
RETURN a.id AS id, a.name AS name,
  COLLECT { MATCH (p:Person)-[:MEMBER_OF]->(a) RETURN p {.id, .name} AS p ORDER BY p.name, p.id LIMIT ${NESTED_LIMIT} } AS members`,
        params: { id: probes.agencyId },
      },
      // In order: both sort by name, then id.
      answerOfGraphQL: (data) =>
        (data.agencies as { id: string; members: { id: string; name: string }[] }[]).flatMap(
          (a) => [`agency ${a.id}`, ...a.members.map((m) => `member ${m.id} ${m.name}`)],
        ),
      answerOfCypher: (records) =>
        records.flatMap((r) => [
          `agency ${str(r.get("id"))}`,
          ...(r.get("members") as { id: string; name: string }[]).map(
            (m) => `member ${m.id} ${m.name}`,
          ),
        ]),
    },
    {
      key: "timeline",
      name: "the timeline: timeline(about: a module)",
      timeTravel: false,
      graphql: {
        query: `
query Timeline($about: ID!) {
  timeline(about: $about) {
    entries { kind factId incidentId incidentKind updateKind statementKind at precision summary orderIsCertain certainty }
    undated { kind factId summary }
  }
}`,
        variables: { about: probes.moduleId },
      },
      cypher: {
        query: `
MATCH (x:Entity {id: $about})
CALL (x) {
  MATCH (n)-[r]-(x)
  WHERE (n:Incident OR n:IncidentUpdate OR n:Statement) AND NOT type(r) IN ['CITES', 'HISTORICAL']
  RETURN n
  UNION
  MATCH (n:Incident)-[:AFFECTED]->()-[:PART_OF*1..3]->(x) RETURN n
  UNION
  MATCH (i:Incident)-[r]-(x) WHERE NOT type(r) IN ['CITES', 'HISTORICAL']
  MATCH (i)-[:HAS_UPDATE]->(n) RETURN n
  UNION
  MATCH (i:Incident)-[:AFFECTED]->()-[:PART_OF*1..3]->(x)
  MATCH (i)-[:HAS_UPDATE]->(n) RETURN n
}
WITH n WHERE n.knownUntil IS NULL
RETURN n.id AS id, n.kind AS type, n.occurredAt AS at, n.occurredAtPrecision AS precision,
       n.occurredFrom AS earliest, n.occurredTo AS latest,
       coalesce(n.title, n.description, n.text) AS summary, n.certainty AS certainty
ORDER BY latest, earliest, id`,
        params: { about: probes.moduleId },
      },
      answerOfGraphQL: (data) => {
        const timeline = data.timeline as {
          entries: { factId: string }[];
          undated: { factId: string }[];
        };
        return sorted([
          ...timeline.entries.map((e) => `dated ${e.factId}`),
          ...timeline.undated.map((e) => `undated ${e.factId}`),
        ]);
      },
      answerOfCypher: (records) =>
        sorted(
          records.map(
            (r) => `${r.get("earliest") === null ? "undated" : "dated"} ${str(r.get("id"))}`,
          ),
        ),
    },
    {
      key: "path",
      name: "a path: path(from: a person, to: a module)",
      timeTravel: false,
      graphql: {
        query: `
query Path($from: ID!, $to: ID!) {
  path(from: $from, to: $to) {
    nodes { distance node { id kind label } }
    edges { id factId type from to certainty }
  }
}`,
        variables: { from: probes.personId, to: probes.moduleId },
      },
      cypher: {
        query: `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
OPTIONAL MATCH p = shortestPath((a)-[rels*..6]-(b))
WHERE none(r IN rels WHERE type(r) IN ['CITES', 'HISTORICAL'] OR r.knownUntil IS NOT NULL)
  AND all(x IN nodes(p) WHERE (x:Entity OR x:Incident OR x:IncidentUpdate OR x:Statement) AND x.knownUntil IS NULL)
RETURN [x IN nodes(p) | x {.id, .kind, label: coalesce(x.name, x.title, x.text)}] AS nodes,
       [r IN relationships(p) | {type: coalesce(r.type, type(r)), from: startNode(r).id, to: endNode(r).id}] AS edges`,
        params: { from: probes.personId, to: probes.moduleId },
      },
      // Shortest paths may be several: the same length between the same ends is the same answer.
      answerOfGraphQL: (data) => {
        const path = data.path as { nodes: GraphNodeData[]; edges: GraphEdgeData[] } | null;
        return path ? [`hops ${path.edges.length}`] : ["no path"];
      },
      answerOfCypher: (records) => {
        const edges = records[0]?.get("edges") as unknown[] | null | undefined;
        return edges ? [`hops ${edges.length}`] : ["no path"];
      },
    },
    {
      key: "relations-as-of",
      name: "time travel: relations(CREW_OF, to: station, asOfPosition: mid-log)",
      timeTravel: true,
      graphql: {
        query: `
query CrewAsOf($to: ID!, $asOf: Int!) {
  relations(type: CREW_OF, to: $to, asOfPosition: $asOf) {
    factId
    from { id label }
    to { id }
    validFrom
    validTo
    knownSince
    knownUntil
  }
}`,
        variables: { to: probes.stationId, asOf },
      },
      cypher: {
        query: `
MATCH (b:Entity {id: $to})
MATCH (a)-[r:CREW_OF|HISTORICAL]->(b)
WHERE coalesce(r.type, type(r)) = 'CREW_OF' AND (a:Entity OR a:Retracted)
  AND r.knownSince <= $asOf AND (r.knownUntil IS NULL OR r.knownUntil > $asOf)
RETURN coalesce(r.id, elementId(r)) AS id, a.id AS from, coalesce(a.name, a.id) AS label,
       b.id AS to, r.validFrom AS validFrom, r.validTo AS validTo,
       r.knownSince AS knownSince, r.knownUntil AS knownUntil
ORDER BY from, knownSince`,
        params: { to: probes.stationId, asOf: neo4j.int(asOf) },
      },
      answerOfGraphQL: (data) =>
        sorted(
          (
            data.relations as {
              factId: string;
              from: { id: string };
              to: { id: string };
              knownSince: number;
            }[]
          ).map((r) => `${r.factId} ${r.from.id}->${r.to.id} since ${r.knownSince}`),
        ),
      answerOfCypher: (records) =>
        sorted(
          records.map(
            (r) =>
              `${str(r.get("id"))} ${str(r.get("from"))}->${str(r.get("to"))} since ${str(r.get("knownSince"))}`,
          ),
        ),
    },
    {
      key: "neighbourhood-as-of",
      name: "time travel: neighbourhood(depth: 1, asOfPosition: mid-log)",
      timeTravel: true,
      graphql: {
        query: NEIGHBOURHOOD_GRAPHQL(true),
        variables: { id: probes.moduleId, asOf },
      },
      cypher: {
        query: `
CALL () {
  MATCH (m:Entity {id: $id}) RETURN m
  UNION
  MATCH (m:Retracted {id: $id}) RETURN m
}
WITH m WHERE m.knownSince <= $asOf AND (m.knownUntil IS NULL OR m.knownUntil > $asOf)
OPTIONAL MATCH (m)-[r]-(n)
WHERE type(r) <> 'CITES'
  AND r.knownSince <= $asOf AND (r.knownUntil IS NULL OR r.knownUntil > $asOf)
  AND (n:Entity OR n:Incident OR n:IncidentUpdate OR n:Statement OR n:Retracted)
  AND n.knownSince <= $asOf AND (n.knownUntil IS NULL OR n.knownUntil > $asOf)
${NEIGHBOURS_RETURN}`,
        params: { id: probes.moduleId, asOf: neo4j.int(asOf) },
      },
      answerOfGraphQL: (data) =>
        subgraphAnswer(data.neighbourhood as { nodes: GraphNodeData[]; edges: GraphEdgeData[] }),
      answerOfCypher: neighboursAnswer,
    },
    {
      key: "search",
      name: "full text: search(phrase) as typed in a search box, over names, texts and quotes",
      timeTravel: false,
      graphql: {
        query: `
query Search($phrase: String!) {
  search(phrase: $phrase, first: ${SEARCH_FIRST}) { node { id kind label } field matched score }
}`,
        variables: { phrase: probes.searchPhrase },
      },
      // The same four index reads, by hand, with the query search builds from the phrase.
      cypher: {
        query: `
CALL () {
  CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $first}) YIELD node, score RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('incident_text', $query, {limit: $first}) YIELD node, score RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('statement_text', $query, {limit: $first}) YIELD node, score RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('fact_quotes', $query, {limit: $first}) YIELD node, score RETURN node, score
}
RETURN node.id AS id, node:Entity AS isEntity, node.name AS name, node.quotes AS quotes, score`,
        params: {
          query: luceneQuery({ phrase: probes.searchPhrase, syntax: "TEXT", fuzzy: false }),
          first: neo4j.int(SEARCH_FIRST),
        },
      },
      // Which nodes, when there are no more than a page of them; else that a page was filled.
      answerOfGraphQL: (data) => {
        const ids = (data.search as { node: { id: string } }[]).map((h) => h.node.id);
        return ids.length >= SEARCH_FIRST ? [`${SEARCH_FIRST} hits`] : sorted(ids);
      },
      answerOfCypher: (records) => {
        const ids = sorted(records.map((r) => str(r.get("id"))));
        return ids.length >= SEARCH_FIRST ? [`${SEARCH_FIRST} hits`] : ids;
      },
    },
    {
      key: "people-by-name",
      name: "full text: generated peopleByName(phrase)",
      timeTravel: false,
      graphql: {
        query: `
query PeopleByName($phrase: String!) {
  peopleByName(phrase: $phrase, first: ${SEARCH_FIRST}, sort: [{ score: DESC }]) {
    edges { score node { id name } }
  }
}`,
        variables: { phrase: probes.personName },
      },
      cypher: {
        query: `
CALL db.index.fulltext.queryNodes('entity_names', $phrase) YIELD node, score
WHERE node:Person
RETURN node.id AS id, node.name AS name, score
ORDER BY score DESC LIMIT ${SEARCH_FIRST}`,
        params: { phrase: probes.personName },
      },
      answerOfGraphQL: (data) =>
        topHits(
          (data.peopleByName as { edges: { score: number; node: { id: string } }[] }).edges.map(
            (e) => ({ id: e.node.id, score: e.score }),
          ),
        ),
      answerOfCypher: (records) =>
        topHits(records.map((r) => ({ id: str(r.get("id")), score: Number(r.get("score")) }))),
    },
  ];
}

/**
 * Hits of a first page: when it is full, those tied with its last hit may differ (either side
 * cuts among them), so they count, and only the hits above them are named.
 */
function topHits(hits: readonly { id: string; score: number }[]): string[] {
  const last = hits[hits.length - 1];
  const full = hits.length >= SEARCH_FIRST && last !== undefined;
  const named = full ? hits.filter((h) => h.score > last.score) : hits;
  return [...sorted(named.map((h) => h.id)), `${hits.length} hits`];
}
