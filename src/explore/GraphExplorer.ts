import neo4j, { type BookmarkManager, type Driver } from "neo4j-driver";
import { invalid } from "../domain/DomainError";
import { requireBetween } from "../domain/validate";
import { int, toNumber } from "../neo4j/neo4jValues";
import type { Neo4jEventStore } from "../eventstore/Neo4jEventStore";
import { LABEL } from "../graph/graphLabels";
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
import { SEARCH_KEY, searchHits, searchPage, type SearchHit } from "./searchHits";
import { DISPUTES, toDispute, type Dispute } from "./disputes";
import {
  MAX_NEIGHBOURHOOD_DEPTH,
  MAX_NEIGHBOURHOOD_LIMIT,
  MAX_PATH_DEPTH,
  MAX_RESULT_ROWS,
  LIST_PAGE,
  SEARCH_PAGE,
  tooLarge,
  windowParameters,
  type WorldTimeWindow,
} from "./readLimits";
import { orderTimeline, timelineCypher, type TimelineEntry, type TimelineRow } from "./timeline";
import {
  TIMELINE_KEY,
  entryKeyParameter,
  TIMELINE_ENTRIES_COUNT,
  TIMELINE_ENTRIES_PAGE,
  timelineCountCypher,
  timelinePageCypher,
  toTimelinePage,
  type TimelinePageModel,
  type TimelinePageRow,
} from "./timelinePage";
import type { GraphRead } from "./graphRead";
import { keyParameter, pageRequest, type PageArguments } from "./pageCursor";
import {
  RELATIONS_KEY,
  relationParameters,
  relationsCountCypher,
  relationsCypher,
  toRelationsPage,
  type RelationsPageModel,
  type RelationFilter,
} from "./relations";

export type { SourceCitation } from "./sourceCitations";

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
    filter: RelationFilter,
    travel: TimeTravel,
    details: ReadonlySet<EdgeDetail> = ALL_EDGE_DETAILS,
  ): Promise<RelationFact[]> {
    const { records } = await this.read(relationsCypher(filter, details), {
      ...relationParameters(filter),
      after: null,
      limit: int(MAX_RESULT_ROWS + 1),
      ...timeTravelParameters(travel),
    });
    if (records.length > MAX_RESULT_ROWS)
      throw tooLarge("relations", "type, from, to, asOfPosition or validOn");
    return records.map(toRelationFact);
  }

  /** A page of relations in their order (relations.ts), after a cursor; its total when asked. */
  async relationsPage(
    filter: RelationFilter,
    travel: TimeTravel,
    args: PageArguments,
    details: ReadonlySet<EdgeDetail> = ALL_EDGE_DETAILS,
  ): Promise<RelationsPageModel> {
    const list = { ...filter, ...travel };
    const page = pageRequest("relations", list, args, LIST_PAGE, RELATIONS_KEY);
    const params = { ...relationParameters(filter), ...timeTravelParameters(travel) };
    const { records } = await this.read(relationsCypher(filter, details), {
      ...params,
      after: keyParameter(page.after),
      limit: int(page.first + 1),
    });
    const totalCount = () => this.count(relationsCountCypher(filter), params);
    return { ...toRelationsPage(records, page, list), totalCount };
  }

  /** The `total` of a counting query. */
  private async count(cypher: string, params: Record<string, unknown>): Promise<number> {
    const { records } = await this.read(cypher, params);
    return toNumber(records[0]?.get("total") ?? 0);
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

  /** A page of the timeline in its order (timelinePage.ts), after a cursor; its total when asked. */
  async timelinePage(
    filter: WorldTimeWindow,
    travel: Pick<TimeTravel, "asOfPosition">,
    args: PageArguments,
  ): Promise<TimelinePageModel> {
    const list = { ...filter, ...travel };
    const page = pageRequest("timeline", list, args, LIST_PAGE, TIMELINE_KEY);
    const params = { ...windowParameters(filter), ...timeTravelParameters(travel) };
    const about = Boolean(filter.about);
    // About a node as of now: the projection's entries (an index seek); else the walk.
    const entries = about && (travel.asOfPosition ?? null) === null;
    const after = entries ? entryKeyParameter(page.after) : keyParameter(page.after);
    const cypher = entries ? TIMELINE_ENTRIES_PAGE : timelinePageCypher(about);
    const { records } = await this.read(cypher, { ...params, after, limit: int(page.first + 1) });
    const rows = records.map((r) => r.toObject() as TimelinePageRow);
    const totalCount = () =>
      this.count(entries ? TIMELINE_ENTRIES_COUNT : timelineCountCypher(about), params);
    return { ...toTimelinePage(rows, page, list), totalCount };
  }

  /** Runs a read of the graph: for the reads written apart (search, sources, incidents). */
  readonly reader: GraphRead = (cypher, params) => this.read(cypher, params);

  /** The nodes whose names, texts or quotes match a search box's text, best first (searchHits). */
  search(request: SearchRequest, first: number): Promise<SearchHit[]> {
    return searchHits(this.reader, request, first);
  }

  /** A page of a search in its stable order (searchPage), after a cursor. */
  searchPage(request: SearchRequest, args: PageArguments) {
    const page = pageRequest("search", request, args, SEARCH_PAGE, SEARCH_KEY);
    return searchPage(this.reader, request, page, request);
  }
}
