import neo4j from "neo4j-driver";
import { MAX_SEARCH_CANDIDATES } from "../src/explore/searchHits";
import { luceneQuery } from "../src/explore/searchQuery";
import type { CorpusProbes } from "../tools/stories/syntheticCorpus";
import {
  SEARCH_FIRST,
  type ReadQuery,
  sorted,
  str,
  neighbourhoodRead,
  topHits,
} from "./readAnswers";

/** A page of relations as a list shows it first. */
const RELATIONS_PAGE = 50;

/** The reads of the graph as known at a position, and the full-text searches. */
export function timeTravelAndSearchReads(probes: CorpusProbes): ReadQuery[] {
  const asOf = probes.midPosition;
  return [
    {
      key: "relations-as-of",
      name: `time travel: relationsConnection(CREW_OF, to: station, asOfPosition: mid-log, first: ${RELATIONS_PAGE})`,
      timeTravel: true,
      graphql: {
        query: `
query CrewAsOf($to: ID!, $asOf: Int!) {
  relationsConnection(type: CREW_OF, to: $to, asOfPosition: $asOf, first: ${RELATIONS_PAGE}) {
    edges { cursor node { factId from { id label } to { id } validFrom validTo knownSince knownUntil } }
    pageInfo { hasNextPage endCursor }
  }
}`,
        variables: { to: probes.stationId, asOf },
      },
      // The same first page by hand, in the same order: start id, then knownSince, then id.
      cypher: {
        query: `
MATCH (b:Entity {id: $to})
MATCH (a)-[r:CREW_OF|HISTORICAL]->(b)
WHERE coalesce(r.type, type(r)) = 'CREW_OF' AND (a:Entity OR a:Retracted)
  AND r.knownSince <= $asOf AND (r.knownUntil IS NULL OR r.knownUntil > $asOf)
WITH a, r, b ORDER BY a.id, r.knownSince, r.id LIMIT $first
RETURN coalesce(r.id, elementId(r)) AS id, a.id AS from, coalesce(a.name, a.id) AS label,
       b.id AS to, r.validFrom AS validFrom, r.validTo AS validTo,
       r.knownSince AS knownSince, r.knownUntil AS knownUntil`,
        params: { to: probes.stationId, asOf: neo4j.int(asOf), first: neo4j.int(RELATIONS_PAGE) },
      },
      answerOfGraphQL: (data) =>
        (
          data.relationsConnection as {
            edges: {
              node: {
                factId: string;
                from: { id: string };
                to: { id: string };
                knownSince: number;
              };
            }[];
          }
        ).edges.map(({ node: r }) => `${r.factId} ${r.from.id}->${r.to.id} since ${r.knownSince}`),
      answerOfCypher: (records) =>
        records.map(
          (r) =>
            `${str(r.get("id"))} ${str(r.get("from"))}->${str(r.get("to"))} since ${str(r.get("knownSince"))}`,
        ),
    },
    neighbourhoodRead({
      key: "neighbourhood-as-of",
      name: "time travel: neighbourhood(depth: 1, asOfPosition: mid-log)",
      timeTravel: true,
      variables: { id: probes.moduleId, asOf },
      match: `
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
  AND n.knownSince <= $asOf AND (n.knownUntil IS NULL OR n.knownUntil > $asOf)`,
      params: { id: probes.moduleId, asOf: neo4j.int(asOf) },
    }),
    {
      key: "search",
      name: "full text: searchConnection(phrase) as typed in a search box, over names, texts and quotes",
      timeTravel: false,
      graphql: {
        query: `
query Search($phrase: String!) {
  searchConnection(phrase: $phrase, first: ${SEARCH_FIRST}) {
    edges { cursor node { id kind label } field matched score }
    pageInfo { hasNextPage endCursor }
    totalCount
  }
}`,
        variables: { phrase: probes.searchPhrase },
      },
      // The same four index reads, by hand, with the query search builds from the phrase: each
      // index's best MAX_SEARCH_CANDIDATES, which searchConnection orders and pages itself.
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
          first: neo4j.int(MAX_SEARCH_CANDIDATES),
        },
      },
      // Which nodes, when there are no more than a page of them; else that a page was filled.
      answerOfGraphQL: (data) => {
        const ids = (data.searchConnection as { edges: { node: { id: string } }[] }).edges.map(
          (h) => h.node.id,
        );
        return ids.length >= SEARCH_FIRST ? [`${SEARCH_FIRST} hits`] : sorted(ids);
      },
      answerOfCypher: (records) => {
        const ids = sorted([...new Set(records.map((r) => str(r.get("id"))))]);
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
