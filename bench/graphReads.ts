import neo4j from "neo4j-driver";
import type { CorpusProbes } from "../tools/stories/syntheticCorpus";
import {
  NESTED_LIMIT,
  type ReadQuery,
  type GraphNodeData,
  type GraphEdgeData,
  sorted,
  str,
  neighbourhoodRead,
  HARDWARE_IDS,
  OPERATOR_IDS,
} from "./readAnswers";

/** The page a timeline shows first: its first 50 entries (the busiest module has tens of thousands). */
const TIMELINE_PAGE = 50;

/** The reads of the current graph: an entity with its neighbours (custom and generated), crew by agency, the timeline, a path. */
export function graphReads(probes: CorpusProbes): ReadQuery[] {
  return [
    neighbourhoodRead({
      key: "neighbourhood",
      name: "entity with its neighbours: neighbourhood(depth: 1)",
      timeTravel: false,
      variables: { id: probes.moduleId },
      match: `
MATCH (m:Entity {id: $id})
OPTIONAL MATCH (m)-[r]-(n)
WHERE NOT type(r) IN ['CITES', 'HISTORICAL'] AND r.knownUntil IS NULL
  AND (n:Entity OR n:Incident OR n:IncidentUpdate OR n:Statement) AND n.knownUntil IS NULL`,
      params: { id: probes.moduleId },
    }),
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
      name: `the timeline: timelineConnection(about: a module, first: ${TIMELINE_PAGE}), its first page`,
      timeTravel: false,
      graphql: {
        query: `
query Timeline($about: ID!) {
  timelineConnection(about: $about, first: ${TIMELINE_PAGE}) {
    edges { cursor node { kind factId incidentId incidentKind updateKind statementKind at precision summary orderIsCertain certainty } }
    pageInfo { hasNextPage endCursor }
  }
}`,
        variables: { about: probes.moduleId },
      },
      // The same first page by hand, as an analyst reads it (docs/graph-model.md, TimelineEntry):
      // the module's entries in world-time order (the last instant, the first, incidents before
      // updates before statements, id; the undated last) from the index, then their nodes.
      // Before the projection kept them, this walked the module's links and parts (275 ms at 1M).
      cypher: {
        query: `
MATCH (t:TimelineEntry {about: $about})
WHERE t.latest IS NOT NULL AND t.earliest IS NOT NULL AND t.rank IS NOT NULL AND t.id IS NOT NULL
WITH t ORDER BY t.about, t.latest, t.earliest, t.rank, t.id LIMIT $first
MATCH (n:Fact {id: t.id})
RETURN n.id AS id, n.kind AS type, n.occurredAt AS at, n.occurredAtPrecision AS precision,
       n.occurredFrom AS earliest, n.occurredTo AS latest,
       coalesce(n.title, n.description, n.text) AS summary, n.certainty AS certainty`,
        params: { about: probes.moduleId, first: neo4j.int(TIMELINE_PAGE) },
      },
      // In order: both read the same page of the same order.
      answerOfGraphQL: (data) =>
        (
          data.timelineConnection as { edges: { node: { factId: string; at: string | null } }[] }
        ).edges.map((e) => `${e.node.at === null ? "undated" : "dated"} ${e.node.factId}`),
      answerOfCypher: (records) =>
        records.map(
          (r) => `${r.get("earliest") === null ? "undated" : "dated"} ${str(r.get("id"))}`,
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
  ];
}
