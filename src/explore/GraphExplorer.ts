import neo4j, { type BookmarkManager, type Driver } from "neo4j-driver";
import { invalid } from "../domain/DomainError";
import { requireBetween } from "../domain/validate";
import { factIdOf } from "../domain/streams";
import { int } from "../neo4j/neo4jValues";
import type { Neo4jEventStore } from "../eventstore/Neo4jEventStore";
import { LABEL } from "../graph/graphLabels";
import { FACT_RELATIONSHIP_TYPES, TYPE } from "../graph/relationshipTypes";
import {
  ALL_EDGE_DETAILS,
  edgeView,
  nodeView,
  relationViews,
  toRelationFact,
  type RelationFact,
  subgraphOfPaths,
  type EdgeDetail,
  toPath,
  toSubgraph,
  type EdgeView,
  type NodeView,
  type Subgraph,
} from "./graphShapes";
import {
  isFactNode,
  nodeHappened,
  nodeKnown,
  relationshipHolds,
  timeTravelParameters,
  type TimeTravel,
} from "./timeTravel";
import type { SearchRequest } from "./searchQuery";
import { searchHits, type SearchHit } from "./searchHits";
import { DISPUTES, toDispute, type Dispute } from "./disputes";
import {
  MAX_NEIGHBOURHOOD_DEPTH,
  MAX_NEIGHBOURHOOD_LIMIT,
  MAX_PATH_DEPTH,
  MAX_RESULT_ROWS,
  tooLarge,
  windowParameters,
  type WorldTimeWindow,
} from "./readLimits";
import { orderTimeline, timelineCypher, type TimelineEntry, type TimelineRow } from "./timeline";

export interface SourceCitation {
  factId: string;
  stream: string;
  eventId: string;
  position: number;
  eventType: string;
  articleId: string;
  articleTitle: string;
  publisher: string;
  publishedOn: string;
  quote: string;
  note: string | null;
}

/**
 * The reads that the generated ones cannot express: neighbourhoods, paths, the timeline,
 * relation versions, sources and search. One Cypher query each, read-only, parameterised; the
 * only spliced values are variable-length bounds checked to be small integers.
 */
export class GraphExplorer {
  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    /** The log, for what only it knows: a relation's ends, the events that cite a source. */
    private readonly store: Neo4jEventStore,
    /** The commands' bookmarks: reads wait for this process's writes, even in a cluster. */
    private readonly bookmarkManager?: BookmarkManager,
  ) {}

  private async read(cypher: string, params: Record<string, unknown>) {
    try {
      return await this.driver.executeQuery(cypher, params, {
        database: this.database,
        routing: neo4j.routing.READ,
        ...(this.bookmarkManager ? { bookmarkManager: this.bookmarkManager } : {}),
      });
    } catch (error) {
      const code = (error as { code?: string }).code ?? "";
      if (
        code === "Neo.ClientError.Procedure.ProcedureCallFailed" &&
        /parse|Lucene/i.test(String(error))
      ) {
        throw invalid("phrase", "the search phrase is not valid Lucene query syntax");
      }
      throw error;
    }
  }

  async neighbourhood(
    id: string,
    depth: number,
    limit: number,
    travel: TimeTravel,
    /** What the edges carry besides their id, type and ends (graphShapes' EDGE_DETAILS). */
    details: ReadonlySet<EdgeDetail> = ALL_EDGE_DETAILS,
  ): Promise<Subgraph | null> {
    requireBetween("depth", depth, 1, MAX_NEIGHBOURHOOD_DEPTH);
    requireBetween("limit", limit, 1, MAX_NEIGHBOURHOOD_LIMIT);
    // One hop is one expand from the start (the most asked for); more, paths up to the depth.
    // One row (or path) past the limit is read to tell whether the answer is truncated.
    const around =
      depth === 1
        ? `OPTIONAL MATCH (start)-[r]-(n)
           WHERE ${relationshipHolds("r")} AND ${isFactNode("n")} AND ${nodeKnown("n")} AND ${nodeHappened("n")}
           WITH start, r, n LIMIT $scan
           WITH start, collect(r) AS found, collect(n) AS ends
           WITH start, found[..$limit] AS rels, ends[..$limit] AS kept, size(found) > $limit AS truncated
           CALL (kept) {
             UNWIND kept AS x
             WITH DISTINCT x
             RETURN collect(${nodeView("x", "1")}) AS nodes
           }
           WITH start, truncated, nodes, [r IN rels | ${edgeView("r", details)}] AS edges`
        : `OPTIONAL MATCH p = (start)-[rels*1..${depth}]-(n)
           WHERE all(r IN rels WHERE ${relationshipHolds("r")})
             AND all(x IN nodes(p) WHERE ${isFactNode("x")} AND ${nodeKnown("x")} AND ${nodeHappened("x")})
           WITH start, p LIMIT $scan
           WITH start, collect(p) AS found
           WITH start, found[..$limit] AS paths, size(found) > $limit AS truncated
           ${subgraphOfPaths(details)}`;
    const { records } = await this.read(
      `MATCH (start:${LABEL.Fact} {id: $id}) WHERE ${nodeKnown("start")}
       ${around}
       RETURN ${nodeView("start")} AS start, nodes, edges, truncated`,
      { id, limit: int(limit), scan: int(limit + 1), ...timeTravelParameters(travel) },
    );
    const record = records[0];
    if (!record) return null;
    return toSubgraph(
      record.get("start") as NodeView,
      record.get("nodes"),
      record.get("edges"),
      record.get("truncated") === true,
    );
  }

  async path(
    from: string,
    to: string,
    maxDepth: number,
    travel: TimeTravel,
    details: ReadonlySet<EdgeDetail> = ALL_EDGE_DETAILS,
  ): Promise<Subgraph | null> {
    requireBetween("maxDepth", maxDepth, 1, MAX_PATH_DEPTH);
    const { records } = await this.read(
      `MATCH (a:${LABEL.Fact} {id: $from}) WHERE ${nodeKnown("a")}
       MATCH (b:${LABEL.Fact} {id: $to}) WHERE ${nodeKnown("b")}
       // shortestPath refuses a path from a node to itself: that path is the node alone.
       WITH a, b, CASE WHEN a = b THEN null ELSE b END AS other
       OPTIONAL MATCH p = shortestPath((a)-[rels*..${maxDepth}]-(other))
       WHERE all(r IN rels WHERE ${relationshipHolds("r")})
         AND all(x IN nodes(p) WHERE ${isFactNode("x")} AND ${nodeKnown("x")} AND ${nodeHappened("x")})
       RETURN CASE WHEN a = b THEN [${nodeView("a")}] ELSE [x IN nodes(p) | ${nodeView("x")}] END AS nodes,
              [r IN relationships(p) | ${edgeView("r", details)}] AS edges
       LIMIT 1`,
      { from, to, ...timeTravelParameters(travel) },
    );
    const nodes = records[0]?.get("nodes") as NodeView[] | null | undefined;
    if (!nodes || nodes.length === 0) return null;
    return toPath(nodes, (records[0]!.get("edges") as EdgeView[] | null) ?? []);
  }

  async relations(
    filter: { type?: string | null; from?: string | null; to?: string | null },
    travel: TimeTravel,
    details: ReadonlySet<EdgeDetail> = ALL_EDGE_DETAILS,
  ): Promise<RelationFact[]> {
    if (filter.type && !FACT_RELATIONSHIP_TYPES.includes(filter.type)) {
      throw invalid("type", `no relation type ${filter.type}`);
    }
    // From an end given by id (an index seek), along the type asked for and former versions of
    // relationships (HISTORICAL); the type is allow-listed above before it is written here.
    const types = filter.type ? `:${filter.type}|${TYPE.HISTORICAL}` : "";
    const pattern = filter.from
      ? `(a:${LABEL.Fact} {id: $from})-[r${types}]->(b:${LABEL.Fact})`
      : filter.to
        ? `(b:${LABEL.Fact} {id: $to})<-[r${types}]-(a:${LABEL.Fact})`
        : `(a:${LABEL.Fact})-[r${types}]->(b:${LABEL.Fact})`;
    const { records } = await this.read(
      `MATCH ${pattern}
       WHERE type(r) <> '${TYPE.HAS_UPDATE}'
         AND ($type IS NULL OR coalesce(r.type, type(r)) = $type)
         AND ($to IS NULL OR b.id = $to)
         AND ${relationshipHolds("r")}
       WITH a, r, b ORDER BY coalesce(r.type, type(r)), a.id, b.id, r.knownSince
       LIMIT $rows
       RETURN ${relationViews(details)}`,
      {
        type: filter.type ?? null,
        from: filter.from ?? null,
        to: filter.to ?? null,
        rows: int(MAX_RESULT_ROWS + 1),
        ...timeTravelParameters(travel),
      },
    );
    if (records.length > MAX_RESULT_ROWS)
      throw tooLarge("relations", "type, from, to, asOfPosition or validOn");
    return records.map(toRelationFact);
  }

  /** A relation as now projected; its ends come from its first event, so the match is by index. */
  async relationById(relationId: string): Promise<RelationFact | null> {
    const [linked] = await this.store.readStream(`relation-${relationId}`, 1, 1);
    if (linked?.event.type !== "EntitiesLinked") return null;
    const { from, to } = linked.event.data;
    const { records } = await this.read(
      `MATCH (a:${LABEL.Fact} {id: $from})-[r]->(b:${LABEL.Fact} {id: $to})
       WHERE r.id = $id AND r.knownUntil IS NULL
       RETURN ${relationViews()} LIMIT 1`,
      { id: relationId, from: from.id, to: to.id },
    );
    return records[0] ? toRelationFact(records[0]) : null;
  }

  /**
   * The fields sources disagree on, as known at a position: two claims or more not deprecated
   * then (src/explore/disputes.ts), the preferred claim first, then by when each was known.
   */
  async disputes(
    filter: WorldTimeWindow,
    travel: Pick<TimeTravel, "asOfPosition">,
  ): Promise<Dispute[]> {
    const { records } = await this.read(DISPUTES, {
      ...windowParameters(filter),
      ...timeTravelParameters(travel),
    });
    if (records.length > MAX_RESULT_ROWS)
      throw tooLarge("disputes", "about, from, until or asOfPosition");
    return records.map(toDispute);
  }

  async timeline(
    filter: WorldTimeWindow,
    travel: Pick<TimeTravel, "asOfPosition">,
  ): Promise<{ entries: TimelineEntry[]; undated: TimelineEntry[] }> {
    const { records } = await this.read(timelineCypher(Boolean(filter.about)), {
      ...windowParameters(filter),
      ...timeTravelParameters(travel),
    });
    if (records.length > MAX_RESULT_ROWS)
      throw tooLarge("timeline entries", "about, from, until or asOfPosition");
    return orderTimeline(records.map((r) => r.toObject() as TimelineRow));
  }

  async sources(factId: string): Promise<SourceCitation[]> {
    const events = await this.store.sourcedEvents(factId);
    if (events.length === 0) return [];
    const { records } = await this.read(
      `MATCH (a:${LABEL.Article}) WHERE a.id IN $ids
       RETURN a.id AS id, a.title AS title, a.publisher AS publisher, toString(a.publishedOn) AS publishedOn`,
      { ids: [...new Set(events.map((e) => e.source!.articleId))] },
    );
    const articles = new Map(records.map((r) => [r.get("id") as string, r]));
    return events.flatMap((e) => {
      const article = articles.get(e.source!.articleId);
      if (!article) return [];
      return [
        {
          factId: factIdOf(e.stream),
          stream: e.stream,
          eventId: e.id,
          position: e.position,
          eventType: e.type,
          articleId: e.source!.articleId,
          articleTitle: article.get("title") as string,
          publisher: article.get("publisher") as string,
          publishedOn: article.get("publishedOn") as string,
          quote: e.source!.quote,
          note: e.source!.note ?? null,
        },
      ];
    });
  }

  /** The nodes whose names, texts or quotes match a search box's text, best first (searchHits). */
  async search(request: SearchRequest, first: number): Promise<SearchHit[]> {
    return searchHits((cypher, params) => this.read(cypher, params), request, first);
  }
}
