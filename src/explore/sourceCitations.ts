import { factIdOf } from "../domain/streams";
import type { Neo4jEventStore } from "../eventstore/Neo4jEventStore";
import type { EventRecord } from "../eventstore/EventRecord";
import { LABEL } from "../graph/graphLabels";
import type { GraphRead } from "./graphRead";
import type { Connection, PageArguments } from "./pageCursor";
import { pageByPosition } from "./positionPages";
import { MAX_RESULT_ROWS, tooLong } from "./readLimits";

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
 * The sources of a fact's events: the article and sentence of each, in the events' order. The
 * events come from the log (their sources are not in the graph), the articles from the graph.
 */
export async function citationsOf(
  read: GraphRead,
  events: readonly EventRecord[],
): Promise<SourceCitation[]> {
  if (events.length === 0) return [];
  const { records } = await read(
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

/** A page of a fact's sources, as sourcesConnection answers it. */
export type SourcesPageModel = Connection<{ node: SourceCitation }>;

type FactEvents = Pick<Neo4jEventStore, "factEvents" | "countFactEvents">;

/**
 * Every source of a fact, oldest first: at most MAX_RESULT_ROWS (RESULT_TOO_LARGE past that,
 * sourcesConnection pages them).
 */
export async function sourceCitations(
  store: FactEvents,
  read: GraphRead,
  factId: string,
): Promise<SourceCitation[]> {
  const events = await store.factEvents(factId, {
    sourced: true,
    after: 0,
    limit: MAX_RESULT_ROWS + 1,
  });
  if (events.length > MAX_RESULT_ROWS) throw tooLong("sources of one fact", "sourcesConnection");
  return citationsOf(read, events);
}

/** A page of a fact's sources in log order (sourcesConnection), its total when selected. */
export function sourcesPage(
  store: FactEvents,
  read: GraphRead,
  factId: string,
  args: PageArguments,
): Promise<SourcesPageModel> {
  return pageByPosition(
    "sources",
    { factId },
    args,
    async (after, limit) =>
      citationsOf(read, await store.factEvents(factId, { sourced: true, after, limit })),
    () => store.countFactEvents(factId, { sourced: true }),
  );
}
